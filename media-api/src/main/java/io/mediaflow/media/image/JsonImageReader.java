package io.mediaflow.media.image;

import java.io.IOException;
import java.util.Base64;

import io.mediaflow.media.system.Downloads;
import io.mediaflow.media.upload.MediaLimitsProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Reads seed 001's JSON {@code POST /img}: a body of at most what a base64 image of {@code max-file-size} needs
 * (413 beyond), the image decoded from base64 or a data URL, the numbers parsed from strings (400 when they are
 * none). The body is held in memory while it is read: large images are better sent as multipart.
 */
@Component
class JsonImageReader {

	/** Room for the other fields and a data URL's prefix next to the base64 image. */
	private static final int ENVELOPE_BYTES = 64 * 1024;

	private final JsonMapper mapper;

	private final MediaLimitsProperties limits;

	JsonImageReader(JsonMapper mapper, MediaLimitsProperties limits) {
		this.mapper = mapper;
		this.limits = limits;
	}

	JsonImageRequest read(HttpServletRequest request) throws IOException {
		long maxBody = this.limits.maxFileSize().toBytes() / 3 * 4 + 4 + ENVELOPE_BYTES;
		if (request.getContentLengthLong() > maxBody) {
			throw tooLarge();
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
		if (body.length > maxBody) {
			throw tooLarge();
		}
		try {
			return this.mapper.readValue(body, JsonImageRequest.class);
		}
		catch (JacksonException ex) {
			throw Downloads.problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
					"The body is not a JSON object of img, x, y and quality");
		}
	}

	/** The image bytes of {@code img}: base64 (line breaks allowed), or a {@code data:…;base64,} URL. */
	static byte[] image(@Nullable String img) {
		if (img == null || img.isBlank()) {
			throw invalid("img", "is required: the image file, base64-encoded or as a data URL");
		}
		String base64 = img;
		if (img.startsWith("data:")) {
			int comma = img.indexOf(',');
			if (comma < 0 || !img.substring(0, comma).endsWith(";base64")) {
				throw invalid("img", "must be a base64 data URL (data:image/png;base64,...)");
			}
			base64 = img.substring(comma + 1);
		}
		try {
			return Base64.getMimeDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("img", "is not valid base64");
		}
	}

	/** A number sent as a string (seed 001) or as a number; blank means not given. */
	static @Nullable Integer number(String field, @Nullable String value) {
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

	private static ErrorResponseException invalid(String field, String message) {
		ErrorResponseException invalid = Downloads.problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
				"'" + field + "' " + message);
		invalid.getBody().setProperty("errors", java.util.Map.of(field, message));
		return invalid;
	}

	private ErrorResponseException tooLarge() {
		return Downloads.problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", "The image is larger than "
				+ this.limits.maxFileSize().toMegabytes() + " MB (send large images as multipart)");
	}

}
