package io.mediaflow.media.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The multipart parts of {@code POST /image}; only documents them.
 */
@Schema(description = "multipart/form-data with one image; x, width, y, height and quality may be form fields here "
		+ "instead of query parameters, and so may the credential pair")
public record ImageForm(
		@Schema(description = "One JPEG or PNG image (the part may also be named 'file'); transparency is flattened "
				+ "on white", requiredMode = Schema.RequiredMode.REQUIRED) MultipartFile image,
		@Schema(description = "The user's id, when the access token pair is sent as form fields") @Nullable String userId,
		@Schema(description = "The user's access token, with user_id") @Nullable String accessToken) {
}
