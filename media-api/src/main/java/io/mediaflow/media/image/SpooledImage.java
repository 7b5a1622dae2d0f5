package io.mediaflow.media.image;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * An image that came inside a JSON body, decoded into a temporary file and handed to the
 * upload checks like a multipart part.
 */
record SpooledImage(Path file) implements MultipartFile {

	@Override
	public String getName() {
		return "img";
	}

	@Override
	public String getOriginalFilename() {
		return "image";
	}

	@Override
	public @Nullable String getContentType() {
		return null;
	}

	@Override
	public boolean isEmpty() {
		return getSize() == 0;
	}

	@Override
	public long getSize() {
		try {
			return Files.size(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public byte[] getBytes() throws IOException {
		return Files.readAllBytes(this.file);
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return Files.newInputStream(this.file);
	}

	@Override
	public void transferTo(File dest) throws IOException {
		Files.copy(this.file, dest.toPath(), StandardCopyOption.REPLACE_EXISTING);
	}

}
