package io.mediaflow.media.system;

import java.util.stream.Collectors;

import io.mediaflow.platform.storage.StorageException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * RFC 9457 problem details for every error media-api answers; the internal cause of an
 * unexpected error is logged, never sent.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"'" + ex.getName() + "' is not a valid " + describe(ex.getRequiredType()));
		problem.setTitle("Invalid parameter");
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Unreadable multipart bodies, and file names Tomcat refuses outright (a NUL in
	 * them).
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleMalformedMultipart(MultipartException ex, WebRequest request) {
		boolean badName = ex.getCause() != null
				&& ex.getCause().getClass().getSimpleName().equals("InvalidFileNameException");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				badName ? "A file name contains characters that are not allowed (such as NUL)"
						: "The multipart body could not be read");
		problem.setTitle(badName ? "Invalid file name" : "Malformed upload");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(StorageException.class)
	ResponseEntity<Object> handleStorageUnavailable(StorageException ex, WebRequest request) {
		logger.warn("Storage unavailable on {}: {}", request.getDescription(false), ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"File storage is not reachable right now; nothing was kept, try again shortly");
		problem.setTitle("Storage unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected error on {}", request.getDescription(false), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; the request id helps us find out what");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setProperty("errors",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.collect(Collectors.toMap((error) -> error.getField(),
							(error) -> String.valueOf(error.getDefaultMessage()), (first, second) -> first)));
		return handleExceptionInternal(ex, problem, headers, status, request);
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
