package io.mediaflow.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestImages;
import io.mediaflow.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code infra/standalone/run --worker-processes 2}: media-worker as two processes of its
 * own jar. One is killed (SIGKILL) while 40 images are in flight, and every task still
 * ends DONE with one {@code image_task} row per output; the launcher takes the workers
 * with it when it is stopped, and when it is killed itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@StackTest(TestStack.NONE)
class WorkerProcessesIntegrationTests {

	private static final Path DATA_DIR = Path.of("target", "worker-processes-test-data").toAbsolutePath();

	private static final Pattern GATEWAY = Pattern.compile("Public API: (http://\\S+)");

	private static final int IMAGES = 40;

	private Process launcher;

	private List<ProcessHandle> workers;

	private GatewayClient client;

	@BeforeAll
	void startLauncher() throws Exception {
		TestInfrastructure.purgeQueues(Messaging.IMAGE_JOBS_QUEUE, Messaging.AUDIO_JOBS_QUEUE,
				Messaging.TASK_EVENTS_QUEUE, Messaging.DEAD_JOBS_QUEUE);
		LauncherProcess.deleteRecursively(DATA_DIR);
		Files.createDirectories(DATA_DIR);
		Path output = DATA_DIR.resolve("launcher.out");
		this.launcher = LauncherProcess.start(DATA_DIR, Map.of(), output, "--worker-processes", "2");
		LauncherProcess.awaitUp(this.launcher, output);
		this.workers = workersOf(this.launcher);
		Matcher gateway = GATEWAY.matcher(Files.readString(output));
		assertThat(gateway.find()).isTrue();
		this.client = new GatewayClient(gateway.group(1));
	}

	@AfterAll
	void stopLauncher() {
		if (this.launcher != null) {
			this.launcher.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
			this.launcher.destroyForcibly();
		}
	}

	@Test
	@Order(1)
	void runsEachWorkerAsItsOwnJarThatPsShowsAsMediaWorker() {
		assertThat(this.workers).hasSize(2).allSatisfy((worker) -> {
			String commandLine = worker.info().commandLine().orElse("");
			assertThat(commandLine).matches(".* -jar \\S*media-worker-\\S*-exec\\.jar.*")
				.contains("-Dmediaflow.worker.parent-pid=" + this.launcher.pid())
				.as("no secret on the command line")
				.doesNotContain("password")
				.doesNotContain("secret-key");
		});
	}

	@Test
	@Order(2)
	void everyTaskEndsDoneWithoutDuplicatesWhenAWorkerIsKilledMidRun() throws Exception {
		JsonNode user = this.client.register();
		String token = user.get("access_token").asString();
		UUID userId = UUID.fromString(user.get("user_id").asString());
		// every image made first, so that the two uploads follow each other closely and
		// all 40 are in flight
		List<Part[]> uploads = new ArrayList<>();
		for (int upload = 0; upload < IMAGES / 20; upload++) {
			List<Part> parts = new ArrayList<>();
			for (int image = 0; image < 20; image++) {
				parts.add(new Part("files", "photo-" + upload + "-" + image + ".jpg", "image/jpeg",
						TestImages.jpeg(1920, 1080)));
			}
			uploads.add(parts.toArray(Part[]::new));
		}
		List<String> taskIds = new ArrayList<>();
		for (Part[] parts : uploads) {
			JsonNode accepted = GatewayClient.json.readTree(this.client.upload("/upload", token, parts).body());
			taskIds.add(accepted.get("task_id").asString());
		}

		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		long stored;
		do {
			assertThat(System.nanoTime()).as("the workers began within 120 s").isLessThan(deadline);
			Thread.sleep(20);
			stored = storedImages(userId);
		}
		while (stored < 8);
		ProcessHandle killed = this.workers.get(0);
		killed.destroyForcibly();
		assertThat(killed.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
		assertThat(stored).as("images stored when the worker was killed").isLessThan(IMAGES * 4);
		System.out.println("Killed a worker with " + stored + " of " + IMAGES * 4 + " images stored");

		for (String taskId : taskIds) {
			JsonNode status = this.client.awaitFinished(taskId, token, Duration.ofSeconds(180));
			assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		}
		assertThat(storedImages(userId)).isEqualTo(IMAGES * 4);
		assertThat(TestDatabase.count("SELECT count(DISTINCT (task_id, img_link)) FROM media.image_task"
				+ " WHERE task_id IN (SELECT id FROM media.tasks WHERE user_id = ?)", userId))
			.isEqualTo(IMAGES * 4);
		assertThat(TestDatabase.count("SELECT count(*) FROM media.task_files WHERE status = 'DONE' AND task_id IN"
				+ " (SELECT id FROM media.tasks WHERE user_id = ?)", userId))
			.isEqualTo(IMAGES);
		assertThat(this.workers.get(1).isAlive()).as("the other worker runs on").isTrue();
	}

	@Test
	@Order(3)
	void aStoppedLauncherLeavesNoWorkerBehind() throws Exception {
		this.launcher.destroy();

		assertThat(this.launcher.waitFor(90, TimeUnit.SECONDS)).as("the launcher stopped").isTrue();
		assertThat(this.workers).noneMatch(ProcessHandle::isAlive);
	}

	@Test
	@Order(4)
	void aKilledLauncherLeavesNoWorkerBehindEither() throws Exception {
		Path output = DATA_DIR.resolve("killed-launcher.out");
		this.launcher = LauncherProcess.start(DATA_DIR, Map.of(), output, "--worker-processes", "2");
		LauncherProcess.awaitUp(this.launcher, output);
		List<ProcessHandle> orphans = workersOf(this.launcher);
		assertThat(orphans).hasSize(2);

		long killedAt = System.nanoTime();
		this.launcher.destroyForcibly();
		for (ProcessHandle worker : orphans) {
			assertThat(worker.onExit().completeOnTimeout(null, 15, TimeUnit.SECONDS).get())
				.as("worker %d ended after kill -9 of the launcher", worker.pid())
				.isNotNull();
		}
		System.out.println("The workers ended " + Duration.ofNanos(System.nanoTime() - killedAt).toMillis()
				+ " ms after kill -9 of the launcher");
	}

	private static List<ProcessHandle> workersOf(Process launcher) {
		return launcher.toHandle()
			.children()
			.filter((child) -> child.info().commandLine().orElse("").contains("media-worker"))
			.sorted(Comparator.comparingLong(ProcessHandle::pid))
			.toList();
	}

	private static long storedImages(UUID userId) throws Exception {
		return TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id IN"
				+ " (SELECT id FROM media.tasks WHERE user_id = ?)", userId);
	}

}
