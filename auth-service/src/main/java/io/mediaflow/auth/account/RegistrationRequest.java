package io.mediaflow.auth.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /registration}: an e-mail or a user name, a password, and optional first
 * and last names.
 */
record RegistrationRequest(@Nullable @Email(message = "must be a valid e-mail address") @Size(max = 254) String email,
		@Nullable @Pattern(regexp = UserNames.PATTERN, message = UserNames.RULE) String userName,
		@NotBlank @Size(min = 8, max = 128, message = "must be 8 to 128 characters long") String password,
		@Nullable @Size(max = 100) String firstName, @Nullable @Size(max = 100) String lastName) {

	@JsonIgnore
	@AssertTrue(message = "either email or user_name is required")
	boolean isEmailOrUserName() {
		return hasText(this.email) || hasText(this.userName);
	}

	static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "RegistrationRequest[email=" + this.email + ", userName=" + this.userName + ", password=<hidden>]";
	}

}
