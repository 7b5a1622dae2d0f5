package io.mediaflow.auth.account;

import java.util.UUID;

import io.mediaflow.auth.system.Unauthorized;
import io.mediaflow.common.security.InvalidTokenException;
import io.mediaflow.common.security.JwtVerifier;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deleting one's own account, and the check the gateway makes so that the JWTs of a
 * deleted user stop working before they expire.
 */
@RestController
@Tag(name = "Accounts")
class AccountDeletionController {

	private final UserRepository users;

	private final JwtVerifier verifier;

	AccountDeletionController(UserRepository users, JwtVerifier verifier) {
		this.users = users;
		this.verifier = verifier;
	}

	@Operation(summary = "Delete your own account",
			description = "Removes the user of the bearer JWT and its access tokens. Tokens already issued are refused "
					+ "by the gateway from then on. Media the user uploaded is kept by media-api.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "401", description = "No valid bearer JWT, or its user is already gone",
			content = @Content(mediaType = "application/problem+json"))
	@DeleteMapping("/users/me")
	ResponseEntity<Void> deleteMe(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		UUID userId = authenticated(authorization);
		if (!this.users.existsById(userId)) {
			throw Unauthorized.because("The account no longer exists");
		}
		this.users.deleteById(userId);
		return ResponseEntity.noContent().build();
	}

	/** For the gateway only (not routed publicly): does this user still exist? */
	@Hidden
	@GetMapping("/internal/users/{userId}")
	ResponseEntity<Void> exists(@PathVariable UUID userId) {
		return this.users.existsById(userId) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	private UUID authenticated(@Nullable String authorization) {
		String token = JwtVerifier.bearerToken(authorization)
			.orElseThrow(() -> Unauthorized.because("Send Authorization: Bearer <access token>"));
		try {
			return this.verifier.verify(token).userId();
		}
		catch (InvalidTokenException ex) {
			throw Unauthorized.because(ex.getMessage());
		}
	}

}
