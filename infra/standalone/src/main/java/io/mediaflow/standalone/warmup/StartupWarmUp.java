package io.mediaflow.standalone.warmup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.mediaflow.standalone.MediaflowStack;
import io.mediaflow.standalone.traffic.GatewayTraffic;
import io.mediaflow.standalone.traffic.SampleMedia;

/**
 * Drives a freshly started stack with what users do before the launcher says it is up,
 * until the JIT compiler has settled ({@link CompilerSettling}, sampled every
 * {@link #SAMPLE_WINDOW}) or the time allowed is up: a throwaway user uploads full-HD
 * JPEGs, PNGs with alpha and short WAVs from {@link #CLIENTS} clients, polls each task to
 * its end and downloads some zips; then its media and its account are deleted. Four
 * Spring contexts in one JVM otherwise leave the JIT compiler busy for the first minutes
 * of real traffic (docs/performance.md). A failing warm-up is reported and does not stop
 * the start.
 */
public final class StartupWarmUp {

	/** Most seconds of warm-up unless {@code MEDIAFLOW_WARMUP_SECONDS} says otherwise. */
	public static final int DEFAULT_SECONDS = 60;

	static final Duration SAMPLE_WINDOW = Duration.ofSeconds(2);

	static final String SECONDS_VARIABLE = "MEDIAFLOW_WARMUP_SECONDS";

	static final String SECONDS_PROPERTY = "mediaflow.warmup.seconds";

	static final int CLIENTS = 4;

	private static final Duration TASK_TIMEOUT = Duration.ofMinutes(2);

	/** What a warm-up did. */
	public record Result(int uploads, int erasedTasks, Duration took) {
	}

	private final GatewayTraffic gateway;

	private final UserMediaEraser eraser;

	StartupWarmUp(GatewayTraffic gateway, UserMediaEraser eraser) {
		this.gateway = gateway;
		this.eraser = eraser;
	}

	public static StartupWarmUp of(MediaflowStack stack) {
		return new StartupWarmUp(new GatewayTraffic(stack.gatewayUrl()),
				new UserMediaEraser(stack.context("media-api")));
	}

	/**
	 * The warm-up's longest length: the system property {@value #SECONDS_PROPERTY}, else
	 * the environment variable {@value #SECONDS_VARIABLE}, else
	 * {@value #DEFAULT_SECONDS}; 0 disables it.
	 */
	public static Duration duration(Map<String, String> env) {
		String value = System.getProperty(SECONDS_PROPERTY, env.getOrDefault(SECONDS_VARIABLE, ""));
		if (value.isBlank()) {
			return Duration.ofSeconds(DEFAULT_SECONDS);
		}
		try {
			int seconds = Integer.parseInt(value.strip());
			if (seconds >= 0) {
				return Duration.ofSeconds(seconds);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(
				SECONDS_VARIABLE + " must be a whole number of seconds, 0 or more (got '" + value + "')");
	}

	private static void sleepOneWindow(long deadline) throws InterruptedException {
		long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
		Thread.sleep(Math.min(SAMPLE_WINDOW.toMillis(), left));
	}

	public Result run(Duration duration) throws Exception {
		long start = System.nanoTime();
		byte[] jpeg = SampleMedia.jpeg(1920, 1080);
		byte[] png = SampleMedia.png(800, 600);
		byte[] wav = SampleMedia.wav(2);
		GatewayTraffic.User user = this.gateway.register("warm-up");
		// the time given is traffic time: every client uploads at least once
		long deadline = System.nanoTime() + duration.toNanos();
		AtomicBoolean settled = new AtomicBoolean();
		AtomicInteger uploads = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		int erased;
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				running.add(clients.submit(() -> {
					do {
						int i = uploads.getAndIncrement();
						var task = switch (i % 8) {
							case 3 -> this.gateway.upload(user, "warm-up-" + i + ".png", "image/png", png);
							case 6 -> this.gateway.upload(user, "warm-up-" + i + ".wav", "audio/wav", wav);
							default -> this.gateway.upload(user, "warm-up-" + i + ".jpg", "image/jpeg", jpeg);
						};
						this.gateway.awaitFinished(user, task, TASK_TIMEOUT);
						if (i % 4 == 0) {
							this.gateway.downloadZip(user, task);
						}
					}
					while (!settled.get() && System.nanoTime() < deadline);
					return null;
				}));
			}
			CompilerSettling settling = new CompilerSettling(
					ManagementFactory.getCompilationMXBean()::getTotalCompilationTime, System::nanoTime);
			// a client that stops early has failed: its exception ends the warm-up below
			while (System.nanoTime() < deadline && running.stream().noneMatch(Future::isDone)) {
				sleepOneWindow(deadline);
				if (settling.sample()) {
					settled.set(true);
					break;
				}
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			clients.shutdownNow();
			clients.awaitTermination(1, TimeUnit.MINUTES);
			erased = this.eraser.erase(user.id());
			this.gateway.deleteAccount(user);
		}
		return new Result(uploads.get(), erased, Duration.ofNanos(System.nanoTime() - start));
	}

}
