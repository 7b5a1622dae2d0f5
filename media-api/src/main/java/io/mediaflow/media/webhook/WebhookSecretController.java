package io.mediaflow.media.webhook;

import io.mediaflow.common.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Webhooks")
class WebhookSecretController {

	private static final String EXAMPLE = """
			{"secret": "whsec_5f0c2a4e9b7d41c3a8e6f1d2b3c4a5e6f7081928374655647382910a1b2c3d4e"}""";

	private final WebhookSecrets secrets;

	WebhookSecretController(WebhookSecrets secrets) {
		this.secrets = secrets;
	}

	@Operation(operationId = "webhookSecret", summary = "Read your webhook signing secret",
			description = "Completion callbacks (notify_url) carry X-Mediaflow-Signature: sha256=<hex HMAC-SHA256 of "
					+ "the raw body, keyed with this secret>. Made on first use.")
	@ApiResponse(responseCode = "200", description = "Your secret",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookSecret.class),
					examples = @ExampleObject(value = EXAMPLE)))
	@ApiResponse(responseCode = "401", description = "No valid credentials",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/users/me/webhook-secret")
	ResponseEntity<WebhookSecret> read(AuthenticatedUser user) {
		return notStored(this.secrets.of(user.userId()));
	}

	@Operation(operationId = "replaceWebhookSecret", summary = "Replace your webhook signing secret",
			description = "Callbacks sent from now on, retries included, are signed with the new secret.")
	@ApiResponse(responseCode = "200", description = "Your new secret",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookSecret.class),
					examples = @ExampleObject(value = EXAMPLE)))
	@ApiResponse(responseCode = "401", description = "No valid credentials",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/users/me/webhook-secret")
	ResponseEntity<WebhookSecret> replace(AuthenticatedUser user) {
		return notStored(this.secrets.replace(user.userId()));
	}

	/** A secret must not be kept by caches on the way. */
	private static ResponseEntity<WebhookSecret> notStored(String secret) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new WebhookSecret(secret));
	}

}
