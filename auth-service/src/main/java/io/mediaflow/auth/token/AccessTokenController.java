package io.mediaflow.auth.token;

import io.mediaflow.auth.docs.AuthExamples;
import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class AccessTokenController {

	private final AccessTokenService tokens;

	AccessTokenController(AccessTokenService tokens) {
		this.tokens = tokens;
	}

	@Operation(summary = "Create a name-only user with an access token",
			description = "The answer holds the user's UUID access token, shown this once (only its SHA-256 is kept). "
					+ "Media routes take the pair user_id + access_token as query parameters, form fields, or headers "
					+ "X-User-Id and X-Access-Token.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = NameUserRequest.class),
							examples = @ExampleObject(value = AuthExamples.NAME_USER))))
	@ApiResponse(responseCode = "201", description = "Created; keep the access token, it is not shown again",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = NameUserCreated.class),
					examples = @ExampleObject(value = AuthExamples.NAME_USER_CREATED)))
	@ApiResponse(responseCode = "400",
			description = "Malformed JSON, or a name that is blank, longer than 64 characters or holds other than "
					+ "letters, digits, spaces, dots, dashes and underscores",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "A user with this name already exists (case-insensitive)",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = AuthExamples.NAME_TAKEN)))
	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	NameUserCreated createUser(@Valid @RequestBody NameUserRequest request) {
		return this.tokens.createUser(request.name());
	}

	/**
	 * For the gateway only (not routed publicly): is this (user id, access token) pair
	 * valid?
	 */
	@Hidden
	@PostMapping("/internal/access-tokens/check")
	ResponseEntity<?> check(@Valid @RequestBody TokenCheckRequest request) {
		return this.tokens.check(request.userId(), request.accessToken())
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> {
				ProblemDetail problem = Problems.of(ProblemType.INVALID_CREDENTIALS,
						"The user id or access token is wrong");
				return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
			});
	}

}
