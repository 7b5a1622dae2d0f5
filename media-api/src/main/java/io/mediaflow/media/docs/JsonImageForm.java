package io.mediaflow.media.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Seed 001's {@code POST /img} body: the image itself in the JSON, the box and quality as
 * strings (numbers work too); only documents it.
 */
@Schema(description = "Seed 001's JSON form of POST /img")
public record JsonImageForm(
		@Schema(description = "The JPEG or PNG file, base64-encoded, or as a data URL (data:image/png;base64,...)",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String img,
		@Schema(description = "Largest width in pixels, 1-10000", example = "200") @Nullable String x,
		@Schema(description = "Largest height in pixels, 1-10000", example = "150") @Nullable String y,
		@Schema(description = "JPEG quality, 1-100 (default 85)", example = "70") @Nullable String quality) {
}
