package io.mediaflow.media.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The multipart parts of {@code POST /record}; only documents them.
 */
@Schema(description = "multipart/form-data with one WAV recording, and the credential pair when it is sent as "
		+ "form fields")
public record RecordForm(
		@Schema(description = "One WAV recording (the part may also be named 'file'); at most max-file-size (50 MB) "
				+ "and max-audio-duration (30 min)", requiredMode = Schema.RequiredMode.REQUIRED) MultipartFile record,
		@Schema(description = "The user's id, when the access token pair is sent as form fields") @Nullable String userId,
		@Schema(description = "The user's access token, with user_id") @Nullable String accessToken) {
}
