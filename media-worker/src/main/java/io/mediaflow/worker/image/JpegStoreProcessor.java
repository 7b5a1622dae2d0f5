package io.mediaflow.worker.image;

import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.common.messaging.JpegStored;
import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.common.messaging.JpegJobRequested;
import io.mediaflow.common.messaging.JpegOutput;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.common.storage.StorageKeys;
import org.opencv.core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Stores one uploaded image as a JPEG: decode (EXIF applied), flatten alpha on white, fit
 * inside the requested box, encode at the requested quality, store under
 * {@code images/<image_id>.jpg}.
 */
@Service
public class JpegStoreProcessor {

	private static final Logger logger = LoggerFactory.getLogger(JpegStoreProcessor.class);

	private final ObjectStore store;

	private final ImageProcessingProperties settings;

	JpegStoreProcessor(ObjectStore store, ImageProcessingProperties settings) {
		OpenCvLoader.ensureLoaded(settings.kernel());
		this.store = store;
		this.settings = settings;
	}

	public FileProcessed process(JpegJobRequested job) {
		byte[] source = this.store.readAll(job.sourceKey());
		byte[] jpeg;
		int width;
		int height;
		Mat decoded = null;
		Mat flat = null;
		Mat fitted = null;
		try {
			decoded = DecodeImage.apply(source, job.format(), this.settings);
			flat = FlattenOnWhite.apply(decoded);
			fitted = FitInside.apply(flat, job.maxWidth(), job.maxHeight());
			width = fitted.cols();
			height = fitted.rows();
			jpeg = EncodeImage.apply(fitted, ImageFormat.JPEG, job.quality());
		}
		catch (UndecodableImageException ex) {
			logger.info("Image {} is not usable: {}", job.imageId(), ex.getMessage());
			return new FileFailed(job.taskId(), job.fileId(), ex.getMessage());
		}
		finally {
			for (Mat mat : new Mat[] { decoded, flat, fitted }) {
				if (mat != null) {
					mat.release();
				}
			}
		}
		String key = StorageKeys.jpeg(job.imageId());
		this.store.putWithChecksum(key, jpeg, ImageFormat.JPEG.contentType());
		return new JpegStored(job.taskId(), job.fileId(), new JpegOutput(key, jpeg.length, width, height));
	}

}
