package io.mediaflow.standalone;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.standalone.GatewayClient.Part;
import io.mediaflow.testing.TestAudio;
import io.mediaflow.testing.TestImages;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * {@code DELETE /task/{task_id}} through the gateway of a real stack: a 15-file upload
 * canceled mid-way ends CANCELED, no job starts after the answer, and nothing the task
 * stored is left in S3; a recording canceled before its conversion answers as failed. One
 * image consumer, so that at most one job runs at the moment of the cancellation.
 */
@StackTest(TestStack.SINGLE_IMAGE_CONSUMER)
class CancellationIntegrationTests {

	private static final int FILES = 15;

	private static MediaflowStack stack;

	private static GatewayClient client;

	@BeforeAll
	static void useStack(MediaflowStack started) {
		stack = started;
		client = new GatewayClient(stack.gatewayUrl());
	}

	@Test
	void aFifteenFileUploadCanceledMidWayEndsCanceledWithNoWorkAfterTheCancel() throws Exception {
		String token = client.register().get("access_token").asString();
		byte[] photo = TestImages.jpeg(2400, 1600);
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < FILES; i++) {
			parts.add(new Part("files", "photo-" + i + ".jpg", "image/jpeg", photo));
		}
		double jobsBefore = jobs("succeeded") + jobs("failed") + jobs("canceled");
		HttpResponse<String> accepted = client.upload("/upload", token, parts.toArray(Part[]::new));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String taskId = GatewayClient.json.readTree(accepted.body()).get("task_id").asString();

		awaitFirstFileDone(taskId, token);
		HttpResponse<String> canceled = client.delete("/task/" + taskId, token);
		double succeededAtCancel = jobs("succeeded");

		assertThat(canceled.statusCode()).as(canceled.body()).isEqualTo(202);
		JsonNode answer = GatewayClient.json.readTree(canceled.body());
		assertThat(answer.get("status").asString()).isEqualTo("CANCELED");
		assertThat(answer.get("status_url").asString()).isEqualTo(stack.gatewayUrl() + "/status/" + taskId);

		awaitAllJobsTaken(jobsBefore + FILES);
		assertThat(jobs("succeeded")).as("jobs finished after the cancel: at most the one running")
			.isLessThanOrEqualTo(succeededAtCancel + 1);
		assertThat(jobs("canceled")).as("jobs skipped").isGreaterThanOrEqualTo(1);

		JsonNode status = GatewayClient.json.readTree(client.get("/status/" + taskId, token).body());
		assertThat(status.get("status").asString()).isEqualTo("CANCELED");
		assertThat(status.get("finished_at").isNull()).isFalse();
		long canceledFiles = 0;
		for (JsonNode file : status.get("files")) {
			assertThat(file.get("outputs")).as("outputs of a canceled task").isEmpty();
			canceledFiles += "CANCELED".equals(file.get("status").asString()) ? 1 : 0;
		}
		assertThat(canceledFiles).isGreaterThanOrEqualTo(FILES - status.get("progress").get("done").asInt());
		assertThat(
				TestDatabase.count("SELECT count(*) FROM media.image_task WHERE task_id = ?", UUID.fromString(taskId)))
			.isZero();
		assertThat(StoredObjects.under(stack, "originals/" + taskId + "/")).isEmpty();
		assertThat(StoredObjects.under(stack, "results/" + taskId + "/")).isEmpty();

		HttpResponse<String> download = client.get("/task/" + taskId, token);
		assertThat(download.statusCode()).isEqualTo(410);
		assertThat(download.headers().firstValue("Content-Type")).contains("application/problem+json");
		HttpResponse<String> again = client.delete("/task/" + taskId, token);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("CANCELED");
	}

	@Test
	void aRecordingCanceledBeforeItsConversionAnswersAsFailed() throws Exception {
		String token = client.register().get("access_token").asString();
		byte[] wav = TestAudio.wav(1.0, 44100, 1);
		// the cancel has to come before a worker converts the recording; a late one (409)
		// tries again with a new upload
		for (int attempt = 0; attempt < 20; attempt++) {
			HttpResponse<String> created = client.upload("/record", token,
					new Part("record", "voice.wav", "audio/wav", wav));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			JsonNode record = GatewayClient.json.readTree(created.body());
			String taskId = record.get("task_id").asString();
			HttpResponse<String> canceled = client.delete("/task/" + taskId, token);
			if (canceled.statusCode() == 409) {
				continue;
			}
			assertThat(canceled.statusCode()).as(canceled.body()).isEqualTo(202);
			assertThat(TestDatabase.count("SELECT count(*) FROM media.audio_records WHERE task_id = ? AND status = ?",
					UUID.fromString(taskId), "FAILED"))
				.isOne();
			HttpResponse<String> download = client.get(record.get("download_url").asString(), token);
			assertThat(download.statusCode()).as(download.body()).isEqualTo(422);
			assertThat(download.body()).contains("The task was canceled");
			return;
		}
		fail("Every cancel came after the conversion");
	}

	@Test
	void aFinishedTaskCannotBeCanceled() throws Exception {
		String token = client.register().get("access_token").asString();
		String taskId = GatewayClient.json
			.readTree(client.upload("/upload", token, new Part("files", "a.png", "image/png", TestImages.png(16, 16)))
				.body())
			.get("task_id")
			.asString();
		assertThat(client.awaitFinished(taskId, token, Duration.ofSeconds(60)).get("status").asString())
			.isEqualTo("DONE");

		HttpResponse<String> refused = client.delete("/task/" + taskId, token);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(refused.body()).contains("Task already finished");
		assertThat(client.getBytes("/task/" + taskId, token).statusCode()).isEqualTo(200);
	}

	@Test
	void someoneElsesOrAnUnknownTaskIsNotFound() throws Exception {
		String ownerToken = client.register().get("access_token").asString();
		String strangerToken = client.register().get("access_token").asString();
		String taskId = GatewayClient.json
			.readTree(client
				.upload("/upload", ownerToken, new Part("files", "a.png", "image/png", TestImages.png(16, 16)))
				.body())
			.get("task_id")
			.asString();

		HttpResponse<String> others = client.delete("/task/" + taskId, strangerToken);
		HttpResponse<String> unknown = client.delete("/task/" + UUID.randomUUID(), ownerToken);

		assertThat(others.statusCode()).isEqualTo(404);
		assertThat(others.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(client.delete("/task/not-a-uuid", ownerToken).statusCode()).isEqualTo(400);
		assertThat(client.delete("/task/" + taskId, "").statusCode()).isEqualTo(401);
		assertThat(client.awaitFinished(taskId, ownerToken, Duration.ofSeconds(60)).get("status").asString())
			.isEqualTo("DONE");
	}

	private static void awaitFirstFileDone(String taskId, String token) {
		await("a file of task " + taskId + " done").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> client.status(taskId, token).get("progress").get("done").asInt() > 0);
	}

	private static void awaitAllJobsTaken(double expected) throws InterruptedException {
		await("jobs taken by the worker").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jobs("succeeded") + jobs("failed") + jobs("canceled") >= expected);
		assertThat(jobs("succeeded") + jobs("failed") + jobs("canceled")).as("jobs taken by the worker")
			.isEqualTo(expected);
		Thread.sleep(500); // the result of the last job run, if any, reaches media-api
	}

	/** Image jobs the worker took off its queue, by outcome. */
	private static double jobs(String outcome) {
		MeterRegistry meters = stack.context("media-worker").getBean(MeterRegistry.class);
		return meters.find("mediaflow.jobs")
			.tag("type", "image")
			.tag("outcome", outcome)
			.timers()
			.stream()
			.mapToDouble((timer) -> timer.count())
			.sum();
	}

}
