package io.mediaflow.auth.account;

import io.mediaflow.auth.docs.AuthExamples;
import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.IssuedToken;
import io.mediaflow.common.security.JwtIssuer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class AccountController {

	private final AccountService accounts;

	private final JwtIssuer jwtIssuer;

	AccountController(AccountService accounts, JwtIssuer jwtIssuer) {
		this.accounts = accounts;
		this.jwtIssuer = jwtIssuer;
	}

	@Operation(summary = "Register a user with a password",
			description = "Takes an e-mail or a user_name (3-64 letters, digits, dots, dashes, underscores), a "
					+ "password of 8-128 characters and optional first and last names, and answers a bearer JWT as "
					+ "login does. E-mails and user names are unique, case-insensitively.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = RegistrationRequest.class),
							examples = { @ExampleObject(name = "e-mail", value = AuthExamples.REGISTER_BY_EMAIL),
									@ExampleObject(name = "user name", value = AuthExamples.REGISTER_BY_USER_NAME) })))
	@ApiResponse(responseCode = "201", description = "Registered; the token is valid for expires_in seconds",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class),
					examples = @ExampleObject(value = AuthExamples.TOKEN)))
	@ApiResponse(responseCode = "400",
			description = "Malformed JSON, or invalid fields (errors holds one message per field, snake_case names)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = AuthExamples.INVALID_FIELDS)))
	@ApiResponse(responseCode = "409", description = "The e-mail or user name is already taken (case-insensitive)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = AuthExamples.USER_EXISTS)))
	@PostMapping("/registration")
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse register(@Valid @RequestBody RegistrationRequest request) {
		return tokenFor(this.accounts.register(request));
	}

	@Operation(summary = "Log in with an e-mail or user name and a password",
			description = "Answers a bearer JWT for the media routes (Authorization: Bearer <access_token>). "
					+ "/auth is the same operation. A wrong password and an unknown user get the same answer.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = LoginRequest.class),
							examples = { @ExampleObject(name = "e-mail", value = AuthExamples.LOGIN_BY_EMAIL),
									@ExampleObject(name = "user name", value = AuthExamples.LOGIN_BY_USER_NAME) })))
	@ApiResponse(responseCode = "200", description = "Logged in; the token is valid for expires_in seconds",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class),
					examples = @ExampleObject(value = AuthExamples.TOKEN)))
	@ApiResponse(responseCode = "400", description = "Malformed JSON, or neither email nor user_name, or no password",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "401", description = "The user name, e-mail or password is wrong",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = AuthExamples.INVALID_CREDENTIALS)))
	@ApiResponse(responseCode = "413", description = "A login body over 16 KiB",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429",
			description = "Too many wrong passwords for this account within the window (the gateway counts them: "
					+ "10 per client address and 100 from all addresses in 5 minutes by default); try again after "
					+ "Retry-After seconds",
			headers = @Header(name = "Retry-After", description = "Seconds until the window has passed",
					schema = @Schema(type = "integer")))
	@PostMapping({ "/login", "/auth" })
	TokenResponse login(@Valid @RequestBody LoginRequest request) {
		return tokenFor(this.accounts.authenticate(request));
	}

	private TokenResponse tokenFor(User user) {
		IssuedToken token = this.jwtIssuer.issue(new AuthenticatedUser(user.getId(), user.loginName()));
		long expiresIn = this.jwtIssuer.ttl().toSeconds();
		return new TokenResponse(user.getId(), user.loginName(), token.value(), "Bearer", expiresIn);
	}

}
