package io.mediaflow.media.idempotency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import io.mediaflow.platform.web.ReplayedBody;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A body that is not multipart (the JSON of {@code POST /image}), read once into a
 * temporary file to take its SHA-256 and then served from there to the controller.
 */
final class SpooledBody extends HttpServletRequestWrapper implements AutoCloseable {

	private final Path file;

	private final byte[] digest;

	private SpooledBody(HttpServletRequest request, Path file, byte[] digest) {
		super(request);
		this.file = file;
		this.digest = digest;
	}

	/**
	 * Spools at most {@code maxBytes}; a longer body is {@link TooLarge} (the controller
	 * would refuse it too).
	 */
	static SpooledBody of(HttpServletRequest request, long maxBytes) throws IOException {
		Path file = Files.createTempFile("mediaflow-idempotent-", ".body");
		try {
			MessageDigest digest = RequestFingerprint.sha256();
			try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				long total = 0;
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					total += read;
					if (total > maxBytes) {
						throw new TooLarge();
					}
					digest.update(buffer, 0, read);
					out.write(buffer, 0, read);
				}
			}
			return new SpooledBody(request, file, digest.digest());
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	byte[] digest() {
		return this.digest.clone();
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		return new ReplayedBody(Files.newInputStream(this.file));
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.file);
	}

	/** The body is longer than any the endpoint accepts. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("The body is larger than the endpoint accepts");
		}

	}

}
