package io.mediaflow.platform.docs;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How an RFC 9457 problem document looks on the wire; only documents Spring's
 * {@code ProblemDetail}.
 */
@Schema(name = ProblemResponses.SCHEMA, description = "RFC 9457 problem details, sent as application/problem+json")
public record Problem(
		@Schema(description = "A URI that names the kind of problem",
				example = "https://mediaflow.io/problems/task-not-found", format = "uri") String type,
		@Schema(description = "A short summary of the problem", example = "Task not found") String title,
		@Schema(description = "The HTTP status code", example = "404") int status,
		@Schema(description = "What went wrong in this request",
				example = "There is no task 0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c of yours") String detail,
		@Schema(description = "The path of the request", example = "/status/0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c",
				format = "uri-reference") String instance) {
}
