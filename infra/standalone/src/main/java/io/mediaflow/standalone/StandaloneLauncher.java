package io.mediaflow.standalone;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import io.mediaflow.platform.runtime.CommonPool;
import io.mediaflow.standalone.warmup.StartupWarmUp;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.validation.FieldError;

/**
 * {@code infra/standalone/run}: starts Mediaflow in this JVM and keeps it up until
 * Ctrl-C.
 */
public final class StandaloneLauncher {

	private StandaloneLauncher() {
	}

	/**
	 * A service that fails to start would print Spring Boot's failure report and stack
	 * trace on the console; the launcher prints one line instead and writes the trace to
	 * a file.
	 */
	private static final Map<String, Object> QUIET_FAILURES = Map.of(
			"logging.level.org.springframework.boot.SpringApplication", "off",
			"logging.level.org.springframework.boot.diagnostics", "off");

	public static void main(String[] args) throws InterruptedException {
		CommonPool.ensureParallelism();
		StandaloneSettings settings;
		Duration warmUp;
		try {
			settings = withArguments(StandaloneSettings.fromEnvironment(System.getenv()), args);
			warmUp = StartupWarmUp.duration(System.getenv());
		}
		catch (RuntimeException ex) {
			System.err.println("Mediaflow cannot start: " + oneLine(ex));
			System.exit(2);
			return;
		}
		MediaflowStack stack;
		try {
			stack = MediaflowStack.start(settings, QUIET_FAILURES);
		}
		catch (StandaloneStartupException ex) {
			System.err.println("Mediaflow cannot start: " + ex.getMessage());
			System.exit(2);
			return;
		}
		catch (RuntimeException ex) {
			System.err.println("Mediaflow cannot start: " + oneLine(rootCause(ex)) + " (the whole trace: "
					+ writeTrace(ex, settings.dataDir().resolve("logs").resolve("startup-failure.log")) + ")");
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.close();
			stopped.countDown();
		}, "mediaflow-shutdown"));
		if (!warmUp.isZero()) {
			warmUp(stack, warmUp);
		}
		System.out.println();
		System.out.println("Mediaflow is up. Public API: " + stack.gatewayUrl());
		String internal = "http://" + stack.internalHost() + ":";
		System.out.println("  auth-service  " + internal + stack.authServicePort());
		System.out.println("  media-api     " + internal + stack.mediaApiPort());
		if (stack.workerProcesses().isEmpty()) {
			System.out.println("  media-worker  " + internal + stack.mediaWorkerPort() + " (health only)");
		}
		stack.workerProcesses()
			.forEach((worker) -> System.out.printf("  %-13s %s%d (health only, process %d)%n", worker.name(), internal,
					worker.port(), worker.process().pid()));
		System.out
			.println("  S3 (S3Proxy)  " + stack.s3Endpoint() + "  data in " + settings.dataDir().toAbsolutePath());
		System.out.println("Operator endpoints (Actuator; health open, the rest as 'operator'):");
		stack.managementPorts()
			.forEach((service, port) -> System.out.printf("  %-13s %s%d/actuator%n", service, internal, port));
		System.out.println("Logs: " + settings.dataDir().resolve("logs").toAbsolutePath()
				+ " (mediaflow.log, mediaflow-error.log)");
		System.out.println("Secrets (JWT key, operator password, S3 key) not given by MEDIAFLOW_* variables: "
				+ StandaloneSecrets.file(settings.dataDir()).toAbsolutePath());
		System.out.println("Press Ctrl-C to stop.");
		stopped.await();
	}

	/**
	 * {@code --worker-processes N} (or {@code --worker-processes=N}) overrides
	 * {@code MEDIAFLOW_WORKER_PROCESSES}.
	 */
	static StandaloneSettings withArguments(StandaloneSettings settings, String[] args) {
		StandaloneSettings result = settings;
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--worker-processes=")) {
				result = result.withWorkerProcesses(
						StandaloneSettings.workerProcesses(args[i].substring("--worker-processes=".length())));
			}
			else if (args[i].equals("--worker-processes") && i + 1 < args.length) {
				result = result.withWorkerProcesses(StandaloneSettings.workerProcesses(args[++i]));
			}
			else {
				throw new StandaloneStartupException("unknown argument '" + args[i]
						+ "': infra/standalone/run takes --worker-processes N, --prepare or --train");
			}
		}
		return result;
	}

	private static void warmUp(MediaflowStack stack, Duration duration) {
		System.out.println("Mediaflow: warming up until the JIT compiler settles, at most " + duration.toSeconds()
				+ " s, so that the first users find it fast (MEDIAFLOW_WARMUP_SECONDS=0 skips this)...");
		try {
			StartupWarmUp.Result done = StartupWarmUp.of(stack).run(duration);
			System.out.printf(Locale.ROOT, "Mediaflow: warmed up with %d uploads in %.1f s%n", done.uploads(),
					done.took().toMillis() / 1000.0);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			System.out
				.println("Mediaflow: the warm-up stopped early (" + oneLine(rootCause(ex)) + "); starting anyway");
		}
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String oneLine(Throwable failure) {
		if (failure instanceof BindValidationException invalid) {
			return invalidSettings(invalid.getValidationErrors());
		}
		String message = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
		return (failure instanceof StandaloneStartupException) ? message
				: failure.getClass().getSimpleName() + ": " + message;
	}

	/**
	 * {@code mediaflow.limits.max-files-per-upload (MEDIAFLOW_LIMITS_MAX_FILES_PER_UPLOAD) must be ...}.
	 */
	private static String invalidSettings(ValidationErrors errors) {
		return errors.getAllErrors().stream().map((error) -> {
			String property = errors.getName() + ((error instanceof FieldError field)
					? "." + DataObjectPropertyName.toDashedForm(field.getField()) : "");
			String variable = property.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_");
			return property + " (" + variable + ") " + error.getDefaultMessage();
		}).collect(Collectors.joining("; "));
	}

	private static Path writeTrace(Throwable failure, Path file) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, trace.toString());
		}
		catch (IOException ex) {
			// the one line on the console is still there
		}
		return file.toAbsolutePath();
	}

}
