package io.mediaflow.gateway.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of a few small text fields from the start of a multipart/form-data
 * stream. It stops as soon as every wanted field is found, or at the first file part (its
 * headers read, its content not), so the caller can pass the rest of the stream on
 * untouched.
 */
final class MultipartFieldScanner {

	private static final int MAX_HEADER_BYTES = 8 * 1024;

	private static final int MAX_FIELD_BYTES = 256;

	private static final Pattern NAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*?\\bname=\"([^\"]*)\"");

	private static final Pattern FILENAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*?\\bfilename\\*?=");

	private MultipartFieldScanner() {
	}

	/**
	 * Reads in blocks, so it may take more of {@code in} than the fields it returns: the
	 * caller passes on what it read through it (see {@link MultipartCredentialsFilter}).
	 */
	static Map<String, String> scan(InputStream stream, String boundary, Set<String> wanted) throws IOException {
		Input in = new Input(stream);
		Map<String, String> found = new HashMap<>();
		byte[] firstDelimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		if (!skipPast(in, firstDelimiter, null, 0)) {
			return found;
		}
		while (found.size() < wanted.size()) {
			int first = in.read();
			int second = in.read();
			if (first != '\r' || second != '\n') {
				break; // "--" closes the body; anything else is malformed
			}
			String headers = readHeaders(in);
			if (headers == null) {
				break;
			}
			if (FILENAME.matcher(headers).find()) {
				break;
			}
			Matcher name = NAME.matcher(headers);
			if (name.find() && wanted.contains(name.group(1))) {
				ByteArrayOutputStream value = new ByteArrayOutputStream();
				if (!skipPast(in, delimiter, value, MAX_FIELD_BYTES)) {
					break;
				}
				found.put(name.group(1), value.toString(StandardCharsets.UTF_8).strip());
			}
			else if (!skipPast(in, delimiter, null, 0)) {
				break;
			}
		}
		return found;
	}

	private static String readHeaders(Input in) throws IOException {
		ByteArrayOutputStream headers = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (headers.size() < MAX_HEADER_BYTES) {
			int b = in.read();
			if (b < 0) {
				return null;
			}
			headers.write(b);
			matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
			if (matched == end.length) {
				return headers.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("content-disposition")
						? headers.toString(StandardCharsets.UTF_8) : "";
			}
		}
		return null;
	}

	/**
	 * Reads up to and including the next {@code pattern}; bytes before it go to
	 * {@code sink} (at most {@code limit}). Returns false at the end of the stream.
	 */
	private static boolean skipPast(Input in, byte[] pattern, ByteArrayOutputStream sink, int limit)
			throws IOException {
		int[] failure = failureFunction(pattern);
		int matched = 0;
		ByteArrayOutputStream pending = (sink != null) ? new ByteArrayOutputStream() : null;
		while (matched > 0 || pending != null || in.skipTo(pattern[0])) {
			int b = in.read();
			if (b < 0) {
				return false;
			}
			while (matched > 0 && b != (pattern[matched] & 0xFF)) {
				matched = failure[matched - 1];
			}
			if (b == (pattern[matched] & 0xFF)) {
				matched++;
			}
			if (pending != null && pending.size() < limit + pattern.length) {
				pending.write(b);
			}
			if (matched == pattern.length) {
				if (sink != null) {
					byte[] bytes = pending.toByteArray();
					sink.write(bytes, 0, Math.min(limit, Math.max(0, bytes.length - pattern.length)));
				}
				return true;
			}
		}
		return false;
	}

	/**
	 * A block buffer without the locking of {@link java.io.BufferedInputStream}, read a
	 * byte at a time.
	 */
	private static final class Input {

		private final InputStream in;

		private final byte[] buffer = new byte[8192];

		private int position;

		private int length;

		Input(InputStream in) {
			this.in = in;
		}

		int read() throws IOException {
			return (this.position < this.length || fill()) ? this.buffer[this.position++] & 0xFF : -1;
		}

		/**
		 * Moves to the next {@code value} without reading it; false at the end of the
		 * stream.
		 */
		boolean skipTo(byte value) throws IOException {
			do {
				for (int i = this.position; i < this.length; i++) {
					if (this.buffer[i] == value) {
						this.position = i;
						return true;
					}
				}
				this.position = this.length;
			}
			while (fill());
			return false;
		}

		private boolean fill() throws IOException {
			this.length = Math.max(0, this.in.read(this.buffer, 0, this.buffer.length));
			this.position = 0;
			return this.length > 0;
		}

	}

	private static int[] failureFunction(byte[] pattern) {
		int[] failure = new int[pattern.length];
		for (int i = 1, k = 0; i < pattern.length; i++) {
			while (k > 0 && pattern[i] != pattern[k]) {
				k = failure[k - 1];
			}
			if (pattern[i] == pattern[k]) {
				k++;
			}
			failure[i] = k;
		}
		return failure;
	}

}
