package io.mediaflow.worker.image;

import java.util.ArrayList;
import java.util.List;

import io.mediaflow.common.files.ImageVariant;
import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.common.messaging.ImagesStored;
import io.mediaflow.common.messaging.ImageJobRequested;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.common.storage.StorageKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Runs one image job against S3: reads the original, stores its three variants under
 * deterministic keys (a redelivered job overwrites, never duplicates), and says what
 * happened. Bad media gives a failed result; storage faults are thrown, for the caller to
 * retry.
 */
@Service
public class ImageJobProcessor {

	private static final Logger logger = LoggerFactory.getLogger(ImageJobProcessor.class);

	private final ObjectStore store;

	private final ImagePipeline pipeline;

	ImageJobProcessor(ObjectStore store, ImagePipeline pipeline) {
		this.store = store;
		this.pipeline = pipeline;
	}

	/** The OpenCV natives the image jobs of this JVM run on. */
	public ImageKernel kernel() {
		return this.pipeline.kernel();
	}

	public FileProcessed process(ImageJobRequested job) {
		byte[] source = this.store.readAll(job.sourceKey());
		List<EncodedImage> variants;
		try {
			variants = this.pipeline.process(source, job.format());
		}
		catch (UndecodableImageException ex) {
			logger.info("File {} of task {} is not a usable image: {}", job.fileId(), job.taskId(), ex.getMessage());
			return new FileFailed(job.taskId(), job.fileId(), ex.getMessage());
		}
		List<String> imgLinks = new ArrayList<>();
		// the original stays where media-api stored it; its img_link names it in the zip
		imgLinks.add(ImageVariant.ORIGINAL.imgLink(job.baseName(), job.format()));
		for (EncodedImage variant : variants) {
			String imgLink = variant.variant().imgLink(job.baseName(), job.format());
			this.store.putWithChecksum(StorageKeys.result(job.taskId(), imgLink), variant.bytes(),
					job.format().contentType());
			imgLinks.add(imgLink);
		}
		return new ImagesStored(job.taskId(), job.fileId(), imgLinks);
	}

}
