package io.mediaflow.media.system;

import java.util.stream.Collectors;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import io.mediaflow.platform.storage.StorageException;
import io.mediaflow.platform.storage.StoredObjectMissingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details (built by {@link Problems}) for every error media-api answers;
 * the internal cause of an unexpected error is logged, never sent.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		return answer(Problems.of(ProblemType.INVALID_PARAMETER,
				"'" + ex.getName() + "' is not a valid " + describe(ex.getRequiredType())));
	}

	/**
	 * Unreadable multipart bodies, and file names Tomcat refuses outright (a NUL in
	 * them).
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleMalformedMultipart(MultipartException ex, WebRequest request) {
		boolean badName = ex.getCause() != null
				&& ex.getCause().getClass().getSimpleName().equals("InvalidFileNameException");
		return answer(badName
				? Problems.of(ProblemType.INVALID_FILE_NAME,
						"A file name contains characters that are not allowed (such as NUL)")
				: Problems.of(ProblemType.MALFORMED_UPLOAD, "The multipart body could not be read"));
	}

	/** The database names an object the bucket does not hold: nothing to retry. */
	@ExceptionHandler(StoredObjectMissingException.class)
	ResponseEntity<Object> handleStoredObjectMissing(StoredObjectMissingException ex, WebRequest request) {
		logger.warn("Stored object missing on {}: {}", request.getDescription(false), ex.getMessage());
		return answer(Problems.of(ProblemType.STORED_FILE_MISSING,
				"The stored file is gone (removed, or never written); it cannot be downloaded"));
	}

	@ExceptionHandler(StorageException.class)
	ResponseEntity<Object> handleStorageUnavailable(StorageException ex, WebRequest request) {
		logger.warn("Storage unavailable on {}: {}", request.getDescription(false), ex.getMessage());
		ProblemDetail problem = Problems.of(ProblemType.STORAGE_UNAVAILABLE,
				"File storage is not reachable right now; nothing was kept, try again shortly");
		return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected error on {}", request.getDescription(false), ex);
		return answer(Problems.of(ProblemType.INTERNAL_ERROR,
				"Something went wrong on our side; the request id helps us find out what"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, Problems.invalidFields(ex.getBindingResult()), headers, status, request);
	}

	private static ResponseEntity<Object> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static String describe(@Nullable Class<?> type) {
		if (type == null) {
			return "value";
		}
		return switch (type.getSimpleName()) {
			case "UUID" -> "id (a UUID)";
			case "int", "Integer", "long", "Long" -> "number";
			default -> type.getSimpleName();
		};
	}

}
