package io.mediaflow.standalone;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.standalone.workers.WorkerProcesses;
import io.mediaflow.testing.TestAudio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker process told to stop (SIGTERM, what {@code docker stop} and Kubernetes send)
 * while it converts a recording finishes that job, reports it, and exits with code 0
 * rather than the JVM's 143.
 */
@StackTest(TestStack.WORKER_PROCESS)
class WorkerShutdownIntegrationTests {

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void aWorkerStoppedWithSigtermFinishesTheJobInHandAndExitsWithZero() throws Exception {
		WorkerProcesses.Worker worker = stack.workerProcesses().get(0);
		JsonNode user = client.register();
		String token = user.get("access_token").asString();
		// 48 kHz stereo, just under the 50 MB upload limit: a few seconds of ffmpeg
		byte[] recording = TestAudio.wav(260, 48000, 2);
		JsonNode accepted = GatewayClient.json
			.readTree(client.upload("/upload", token, new Part("files", "long.wav", "audio/wav", recording)).body());
		UUID taskId = UUID.fromString(accepted.get("task_id").asString());

		awaitJobStarted(taskId);
		String stoppedAt = TestDatabase.string("SELECT clock_timestamp()::text");
		worker.process().destroy();

		assertThat(worker.process().waitFor(60, TimeUnit.SECONDS)).as("the worker stopped").isTrue();
		assertThat(worker.process().exitValue()).isZero();
		JsonNode status = client.awaitFinished(taskId.toString(), token, Duration.ofSeconds(30));
		assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
		assertThat(TestDatabase.count("SELECT count(*) FROM media.tasks WHERE id = ? AND finished_at > ?::timestamptz",
				taskId, stoppedAt))
			.as("the job finished after the SIGTERM, so it was in hand when the stop began")
			.isEqualTo(1);
	}

	private static void awaitJobStarted(UUID taskId) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (TestDatabase.count("SELECT count(*) FROM media.task_files WHERE task_id = ? AND started_at IS NOT NULL"
				+ " AND status = 'PROCESSING'", taskId) == 0) {
			assertThat(System.nanoTime()).as("the worker started the job within 60 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
