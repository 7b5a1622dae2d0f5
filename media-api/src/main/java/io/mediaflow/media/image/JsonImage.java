package io.mediaflow.media.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Seed 001's {@code POST /img} body as read: the image decoded into a temporary file, the
 * numbers parsed. Closing it removes the temporary files.
 */
record JsonImage(SpooledImage image, @Nullable Integer x, @Nullable Integer y, @Nullable Integer quality,
		Path body) implements AutoCloseable {

	@Override
	public void close() {
		delete(this.image.file());
		delete(this.body);
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			LoggerFactory.getLogger(JsonImage.class).warn("Could not remove the temporary file {}", file, ex);
		}
	}

}
