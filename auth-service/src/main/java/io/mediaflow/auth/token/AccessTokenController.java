package io.mediaflow.auth.token;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccessTokenController {

	private final AccessTokenService tokens;

	AccessTokenController(AccessTokenService tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	NameUserCreated createUser(@Valid @RequestBody NameUserRequest request) {
		return this.tokens.createUser(request.name());
	}

	/**
	 * For the gateway only (not routed publicly): is this (user id, access token) pair valid?
	 */
	@PostMapping("/internal/access-tokens/check")
	ResponseEntity<?> check(@Valid @RequestBody TokenCheckRequest request) {
		return this.tokens.check(request.userId(), request.accessToken())
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
						"The user id or access token is wrong");
				problem.setTitle("Invalid credentials");
				return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
			});
	}

}
