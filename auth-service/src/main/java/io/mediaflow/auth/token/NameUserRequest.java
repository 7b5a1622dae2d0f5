package io.mediaflow.auth.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /users}: a user known by name only.
 */
record NameUserRequest(@NotBlank @Size(max = 64, message = "must be at most 64 characters long") @Pattern(
		regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*",
		message = "must start with a letter or digit and hold only letters, digits, spaces, dots, dashes or underscores") String name) {
}
