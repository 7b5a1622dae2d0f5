package io.mediaflow.common.problem;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * Every kind of error a service answers, each with a {@code type} URI that clients may
 * rely on ({@value #BASE}{@code <kind>}), the title sent with it and its status.
 */
public enum ProblemType {

	STILL_PROCESSING(HttpStatus.ACCEPTED, "Still processing"),

	INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),

	INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "Invalid parameter"),

	CONFLICTING_PARAMETERS(HttpStatus.BAD_REQUEST, "Conflicting parameters"),

	MALFORMED_JSON(HttpStatus.BAD_REQUEST, "Malformed JSON"),

	MALFORMED_UPLOAD(HttpStatus.BAD_REQUEST, "Malformed upload"),

	INVALID_FILE_NAME(HttpStatus.BAD_REQUEST, "Invalid file name"),

	NO_FILES(HttpStatus.BAD_REQUEST, "No files"),

	TOO_MANY_FILES(HttpStatus.BAD_REQUEST, "Too many files"),

	EMPTY_FILE(HttpStatus.BAD_REQUEST, "Empty file"),

	ONE_IMAGE_PER_REQUEST(HttpStatus.BAD_REQUEST, "One image per request"),

	ONE_RECORDING_PER_REQUEST(HttpStatus.BAD_REQUEST, "One recording per request"),

	NOTIFY_URL_INVALID(HttpStatus.BAD_REQUEST, "notify_url refused"),

	IDEMPOTENCY_KEY_INVALID(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key"),

	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized"),

	INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED, "Invalid credentials"),

	FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),

	TASK_NOT_FOUND(HttpStatus.NOT_FOUND, "Task not found"),

	IMAGE_NOT_FOUND(HttpStatus.NOT_FOUND, "Image not found"),

	RECORD_NOT_FOUND(HttpStatus.NOT_FOUND, "Record not found"),

	/** The database knows the file, the bucket does not (removed or never written). */
	STORED_FILE_MISSING(HttpStatus.NOT_FOUND, "Stored file missing"),

	TASK_NOT_FINISHED(HttpStatus.CONFLICT, "Task not finished"),

	TASK_ALREADY_FINISHED(HttpStatus.CONFLICT, "Task already finished"),

	USER_EXISTS(HttpStatus.CONFLICT, "User already exists"),

	REQUEST_IN_PROGRESS(HttpStatus.CONFLICT, "Request in progress"),

	TASK_CANCELED(HttpStatus.GONE, "Task canceled"),

	TASK_EXPIRED(HttpStatus.GONE, "Task expired"),

	FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "File too large"),

	CONTENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Content too large"),

	UNSUPPORTED_FILE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file"),

	INVALID_HEADER(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid header"),

	IMAGE_TOO_LARGE(HttpStatus.UNPROCESSABLE_CONTENT, "Image too large"),

	TRUNCATED_IMAGE(HttpStatus.UNPROCESSABLE_CONTENT, "Truncated image"),

	RECORDING_TOO_LONG(HttpStatus.UNPROCESSABLE_CONTENT, "Recording too long"),

	IMAGE_NOT_STORED(HttpStatus.UNPROCESSABLE_CONTENT, "Image could not be stored"),

	CONVERSION_FAILED(HttpStatus.UNPROCESSABLE_CONTENT, "Conversion failed"),

	NOTIFY_URL_REFUSED(HttpStatus.UNPROCESSABLE_CONTENT, "notify_url refused"),

	IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused"),

	TOO_MANY_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts"),

	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),

	STORAGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Storage unavailable"),

	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

	public static final String BASE = "https://mediaflow.io/problems/";

	private final HttpStatus status;

	private final String title;

	private final URI uri;

	ProblemType(HttpStatus status, String title) {
		this.status = status;
		this.title = title;
		this.uri = URI.create(BASE + name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public URI uri() {
		return this.uri;
	}

}
