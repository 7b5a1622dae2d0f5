package io.mediaflow.media.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import io.mediaflow.media.upload.MediaLimitsProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Reads seed 001's JSON {@code POST /img} without holding the image in memory: the body
 * is spooled to a temporary file (at most what a base64 file of {@code max-file-size}
 * needs, 413 beyond), its fields are parsed with the image left unread, and {@code img}
 * is then decoded from base64 (or a base64 data URL) straight into a second temporary
 * file. Numbers may be strings (seed 001) or numbers; a blank string means not given.
 */
@Component
class JsonImageReader {

	/**
	 * Room for the other fields, a data URL's prefix and escaped line breaks next to the
	 * base64 image.
	 */
	private static final int ENVELOPE_BYTES = 64 * 1024;

	private static final int MAX_DATA_URL_PREFIX = 256;

	private final JsonMapper mapper;

	private final MediaLimitsProperties limits;

	JsonImageReader(JsonMapper mapper, MediaLimitsProperties limits) {
		this.mapper = mapper;
		this.limits = limits;
	}

	JsonImage read(HttpServletRequest request) throws IOException {
		Path body = Files.createTempFile("mediaflow-json-image-", ".json");
		Path image = null;
		try {
			spool(request, body);
			Fields fields = parse(body);
			image = Files.createTempFile("mediaflow-json-image-", ".img");
			decodeImage(body, fields.imageOffset(), image);
			return new JsonImage(new SpooledImage(image), number("x", fields.x()), number("y", fields.y()),
					number("quality", fields.quality()), body);
		}
		catch (IOException | RuntimeException ex) {
			JsonImage.delete(body);
			if (image != null) {
				JsonImage.delete(image);
			}
			throw ex;
		}
	}

	private void spool(HttpServletRequest request, Path body) throws IOException {
		long maxBody = this.limits.maxFileSize().toBytes() / 2 * 3 + ENVELOPE_BYTES;
		if (request.getContentLengthLong() > maxBody) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(body)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				total += read;
				if (total > maxBody) {
					throw tooLarge();
				}
				out.write(buffer, 0, read);
			}
		}
	}

	private record Fields(long imageOffset, @Nullable String x, @Nullable String y, @Nullable String quality) {
	}

	/**
	 * The fields of the body; of {@code img} only where its string starts (the parser
	 * skips it unread).
	 */
	private Fields parse(Path body) {
		long imageOffset = -1;
		String x = null;
		String y = null;
		String quality = null;
		try (JsonParser parser = this.mapper.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw malformed();
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (name) {
					case "img" -> imageOffset = (value == JsonToken.VALUE_STRING)
							? parser.currentTokenLocation().getByteOffset() : invalidImage(value);
					case "x" -> x = scalar(parser, name, value);
					case "y" -> y = scalar(parser, name, value);
					case "quality" -> quality = scalar(parser, name, value);
					default -> parser.skipChildren();
				}
			}
			if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
				throw malformed();
			}
		}
		catch (JacksonException ex) {
			throw malformed();
		}
		if (imageOffset < 0) {
			throw invalid("img", "is required: the image file, base64-encoded or as a data URL");
		}
		return new Fields(imageOffset, x, y, quality);
	}

	private static long invalidImage(JsonToken value) {
		if (value == JsonToken.VALUE_NULL) {
			return -1;
		}
		throw invalid("img", "must be a string: the image file, base64-encoded or as a data URL");
	}

	private static @Nullable String scalar(JsonParser parser, String name, JsonToken value) {
		return switch (value) {
			case VALUE_STRING, VALUE_NUMBER_INT -> parser.getString();
			case VALUE_NULL -> null;
			default -> throw invalid(name, "is not a whole number");
		};
	}

	/**
	 * Streams the string at {@code offset} (its opening quote) through a base64 decoder
	 * into {@code image}.
	 */
	private static void decodeImage(Path body, long offset, Path image) throws IOException {
		try (InputStream raw = new BufferedInputStream(Files.newInputStream(body), 64 * 1024);
				OutputStream out = Files.newOutputStream(image)) {
			raw.skipNBytes(offset);
			if (raw.read() != '"') {
				throw malformed();
			}
			InputStream base64 = withoutDataUrlPrefix(new JsonStringContent(raw));
			// the decoder reads a byte at a time: from a buffer that the unescaping fills
			// in bulk
			InputStream decoded = Base64.getMimeDecoder().wrap(new BufferedInputStream(base64, 64 * 1024));
			byte[] buffer = new byte[48 * 1024];
			while (true) {
				int read;
				try {
					read = decoded.read(buffer);
				}
				catch (IOException ex) {
					throw invalid("img", "is not valid base64");
				}
				if (read < 0) {
					return;
				}
				out.write(buffer, 0, read);
			}
		}
	}

	/**
	 * The base64 of a {@code data:<type>;base64,} URL, or the string itself when it is
	 * none.
	 */
	private static InputStream withoutDataUrlPrefix(InputStream value) throws IOException {
		PushbackInputStream in = new PushbackInputStream(value, 5);
		byte[] start = in.readNBytes(5);
		if (!"data:".equals(new String(start, StandardCharsets.US_ASCII))) {
			in.unread(start);
			return in;
		}
		StringBuilder header = new StringBuilder("data:");
		for (int b = in.read(); b != ','; b = in.read()) {
			if (b < 0 || header.length() > MAX_DATA_URL_PREFIX) {
				throw invalid("img", "must be a base64 data URL (data:image/png;base64,...)");
			}
			header.append((char) b);
		}
		if (!header.toString().endsWith(";base64")) {
			throw invalid("img", "must be a base64 data URL (data:image/png;base64,...)");
		}
		return in;
	}

	/**
	 * The characters of a JSON string up to its closing quote, unescaped ({@code \/},
	 * {@code \u002F} ...); other escapes ({@code \n} from base64 wrapped by a JSON
	 * encoder ...) and what is not ASCII cannot be base64 and become {@code '!'}, which
	 * the MIME decoder skips like line breaks. Reads in bulk, unescaping in place.
	 */
	private static final class JsonStringContent extends InputStream {

		private final InputStream in;

		private boolean ended;

		private int position;

		private final byte[] one = new byte[1];

		JsonStringContent(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			return (read(this.one, 0, 1) < 0) ? -1 : this.one[0] & 0xFF;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			int written = offset;
			while (written == offset && !this.ended) {
				int end = this.in.read(bytes, offset, length);
				if (end < 0) {
					this.ended = true;
					break;
				}
				end += offset;
				for (this.position = offset; this.position < end; this.position++) {
					int c = bytes[this.position] & 0xFF;
					if (c == '"') {
						this.ended = true;
						break;
					}
					bytes[written++] = (byte) ((c == '\\') ? unescape(bytes, end) : c);
				}
			}
			return (written == offset) ? -1 : written - offset;
		}

		private int unescape(byte[] bytes, int end) throws IOException {
			int escaped = next(bytes, end);
			if (escaped == 'u') {
				char[] hex = { (char) next(bytes, end), (char) next(bytes, end), (char) next(bytes, end),
						(char) next(bytes, end) };
				int code = Integer.parseInt(new String(hex), 16);
				return (code < 128) ? code : '!';
			}
			return (escaped == '/') ? '/' : '!';
		}

		/**
		 * The byte after the current one: from this chunk, or from the stream when the
		 * chunk ends first.
		 */
		private int next(byte[] bytes, int end) throws IOException {
			return (this.position + 1 < end) ? bytes[++this.position] & 0xFF : this.in.read();
		}

	}

	/** A number sent as a string (seed 001) or as a number; blank means not given. */
	private static @Nullable Integer number(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw invalid(field, "is not a whole number");
		}
	}

	private static ErrorResponseException malformed() {
		return Problems.exception(ProblemType.MALFORMED_JSON, "The body is not a JSON object of img, x, y and quality");
	}

	private static ErrorResponseException invalid(String field, String message) {
		ErrorResponseException invalid = Problems.exception(ProblemType.INVALID_PARAMETER,
				"'" + field + "' " + message);
		invalid.getBody().setProperty(Problems.ERRORS, Map.of(field, message));
		return invalid;
	}

	private ErrorResponseException tooLarge() {
		return Problems.exception(ProblemType.FILE_TOO_LARGE, "The image is larger than "
				+ this.limits.maxFileSize().toMegabytes() + " MB (send large images as multipart)");
	}

}
