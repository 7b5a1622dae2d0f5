package io.mediaflow.platform.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/**
 * A request body a filter already read (into memory or a temporary file), handed on again
 * as the servlet input stream. Blocking reads only: the gateway's routes and media-api's
 * controllers read bodies blocking, so an asynchronous read is refused.
 */
public final class ReplayedBody extends ServletInputStream {

	private final InputStream in;

	private boolean finished;

	public ReplayedBody(InputStream in) {
		this.in = in;
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		this.finished = b < 0;
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = this.in.read(buffer, offset, length);
		this.finished = read < 0;
		return read;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	@Override
	public boolean isFinished() {
		return this.finished;
	}

	@Override
	public boolean isReady() {
		return true;
	}

	@Override
	public void setReadListener(ReadListener listener) {
		throw new IllegalStateException("Not an asynchronous request");
	}

}
