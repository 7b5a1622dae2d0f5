package io.mediaflow.auth.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /login} and {@code POST /auth}: an e-mail or a user name, and the password.
 */
record LoginRequest(@Nullable @Size(max = 254) String email, @Nullable @Size(max = 64) String userName,
		@NotBlank @Size(max = 128) String password) {

	@JsonIgnore
	@AssertTrue(message = "either email or user_name is required")
	boolean isEmailOrUserName() {
		return RegistrationRequest.hasText(this.email) || RegistrationRequest.hasText(this.userName);
	}

	@Override
	public String toString() {
		return "LoginRequest[email=" + this.email + ", userName=" + this.userName + ", password=<hidden>]";
	}

}
