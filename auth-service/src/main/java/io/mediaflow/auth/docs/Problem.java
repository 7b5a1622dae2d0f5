package io.mediaflow.auth.docs;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * How an RFC 9457 problem document looks on the wire; only documents Spring's {@code ProblemDetail}.
 */
@Schema(name = ProblemResponses.SCHEMA, description = "RFC 9457 problem details, sent as application/problem+json")
record Problem(
		@Schema(description = "A URI that names the kind of problem", example = "about:blank",
				format = "uri") String type,
		@Schema(description = "A short summary of the problem", example = "User already exists") String title,
		@Schema(description = "The HTTP status code", example = "409") int status,
		@Schema(description = "What went wrong in this request",
				example = "A user with this e-mail already exists") String detail,
		@Schema(description = "The path of the request", example = "/registration",
				format = "uri-reference") String instance,
		@Schema(description = "Invalid request fields only: one message per field, by its snake_case name",
				example = "{\"password\": \"must be 8 to 128 characters long\"}")
		@Nullable Map<String, String> errors) {
}
