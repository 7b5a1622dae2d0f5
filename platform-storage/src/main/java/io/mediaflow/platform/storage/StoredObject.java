package io.mediaflow.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalLong;

/**
 * An object opened for reading: its bytes as they arrive from S3, with what the store
 * said about them. The caller closes it.
 *
 * @param content the bytes, read once
 * @param length the object's size in bytes
 * @param contentType its media type as stored
 * @param crc32 the CRC-32 {@code putWithChecksum} recorded with it, if any
 */
public record StoredObject(InputStream content, long length, String contentType,
		OptionalLong crc32) implements AutoCloseable {

	/** Copies the bytes to the stream, to their end. */
	public long transferTo(OutputStream out) throws IOException {
		return this.content.transferTo(out);
	}

	@Override
	public void close() throws IOException {
		this.content.close();
	}

}
