package io.mediaflow.platform.operations;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * {@code /actuator/errorlog}: the service's error log (WARN and above), as
 * {@code /actuator/logfile} serves the full log.
 */
@WebEndpoint(id = "errorlog")
public class ErrorLogEndpoint {

	private final Path file;

	public ErrorLogEndpoint(Path file) {
		this.file = file;
	}

	@ReadOperation(produces = "text/plain; charset=UTF-8")
	public @Nullable Resource errorLog() {
		return Files.isReadable(this.file) ? new FileSystemResource(this.file) : null;
	}

}
