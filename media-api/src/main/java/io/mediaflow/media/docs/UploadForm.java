package io.mediaflow.media.docs;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The multipart parts of {@code POST /upload}; only documents them.
 */
@Schema(description = "multipart/form-data with the files, and the credential pair when it is sent as form fields")
public record UploadForm(
		@ArraySchema(minItems = 1,
				arraySchema = @Schema(description = """
						JPEG, PNG or WAV files, one part each (the parts may also be named 'file' or 'images'). \
						The format is found from the content, not the name; at most max-files-per-upload (20) files \
						of at most max-file-size (50 MB) each.""",
						requiredMode = Schema.RequiredMode.REQUIRED)) List<MultipartFile> files,
		@Schema(description = "The user's id, when the access token pair is sent as form fields") @Nullable String userId,
		@Schema(description = "The user's access token, with user_id") @Nullable String accessToken) {
}
