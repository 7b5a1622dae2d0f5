package io.mediaflow.media.image;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * An image that came inside a JSON body, handed to the upload checks like a multipart part.
 */
record InlineImage(byte[] content) implements MultipartFile {

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
		return this.content.length == 0;
	}

	@Override
	public long getSize() {
		return this.content.length;
	}

	@Override
	public byte[] getBytes() {
		return this.content;
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(this.content);
	}

	@Override
	public void transferTo(File dest) throws IOException {
		Files.write(dest.toPath(), this.content);
	}

}
