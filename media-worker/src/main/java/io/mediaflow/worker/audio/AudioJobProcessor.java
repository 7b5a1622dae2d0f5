package io.mediaflow.worker.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.mediaflow.common.messaging.AudioJobRequested;
import io.mediaflow.common.messaging.AudioOutput;
import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.AudioConverted;
import io.mediaflow.common.messaging.FileFailed;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StoredObject;
import io.mediaflow.common.storage.StorageKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ws.schild.jave.EncoderException;

import org.springframework.stereotype.Service;

/**
 * Runs one audio job against S3 through temporary files (ffmpeg works on files), which
 * are always removed: the WAV is streamed down, converted, and the MP3 streamed up to
 * {@code audio/<record_id>.mp3}. Input ffmpeg cannot convert, or that is too long or
 * takes too long, gives a failed result; storage faults are thrown, for the caller to
 * retry.
 */
@Service
public class AudioJobProcessor {

	private static final Logger logger = LoggerFactory.getLogger(AudioJobProcessor.class);

	private final ObjectStore store;

	private final Mp3Encoder encoder;

	AudioJobProcessor(ObjectStore store, Mp3Encoder encoder) {
		this.store = store;
		this.encoder = encoder;
	}

	public FileProcessed process(AudioJobRequested job) {
		Path workDir = createWorkDir();
		try {
			Path wav = workDir.resolve("source.wav");
			Path mp3 = workDir.resolve("converted.mp3");
			try (StoredObject source = this.store.get(job.sourceKey()); InputStream in = source.content()) {
				Files.copy(in, wav);
			}
			long durationMillis;
			try {
				durationMillis = this.encoder.encode(wav, mp3);
			}
			catch (EncoderException ex) {
				logger.info("File {} of task {} could not be converted: {}", job.fileId(), job.taskId(),
						ex.getMessage());
				return new FileFailed(job.taskId(), job.fileId(),
						"The recording could not be converted to MP3 (not a readable WAV)");
			}
			catch (RecordingRefusedException ex) {
				logger.info("File {} of task {} was not converted: {}", job.fileId(), job.taskId(), ex.getMessage());
				return new FileFailed(job.taskId(), job.fileId(), ex.getMessage());
			}
			String key = StorageKeys.audio(job.recordId());
			this.store.putWithChecksum(key, mp3, "audio/mpeg");
			return new AudioConverted(job.taskId(), job.fileId(),
					new AudioOutput(key, Files.size(mp3), durationMillis));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteRecursively(workDir);
		}
	}

	private static Path createWorkDir() {
		try {
			return Files.createTempDirectory("mediaflow-audio-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not remove temporary files in {}", dir, ex);
		}
	}

}
