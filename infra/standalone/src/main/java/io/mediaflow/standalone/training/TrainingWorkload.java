package io.mediaflow.standalone.training;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * What a user does, often enough for the JIT to see the hot paths: registers, then
 * {@link #CLIENTS} clients upload {@link #IMAGES} full-HD images (JPEG and PNG, one per
 * upload, as the benchmark does) through the gateway and poll each task until it is
 * finished.
 */
final class TrainingWorkload {

	static final int IMAGES = 120;

	static final int CLIENTS = 4;

	private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern TASK_ID = Pattern.compile("\"task_id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String gatewayUrl;

	TrainingWorkload(String gatewayUrl) {
		this.gatewayUrl = gatewayUrl;
	}

	void run() throws Exception {
		String token = field(TOKEN,
				send(HttpRequest.newBuilder(uri("/registration"))
					.header("Content-Type", "application/json")
					.POST(BodyPublishers.ofString("{\"email\":\"aot-training-" + UUID.randomUUID()
							+ "@example.com\",\"password\":\"aot-training-password\"}"))));
		byte[] jpeg = image(BufferedImage.TYPE_INT_RGB, "jpeg");
		byte[] png = image(BufferedImage.TYPE_INT_ARGB, "png");
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> uploads = new ArrayList<>();
			for (int i = 0; i < IMAGES; i++) {
				boolean asPng = i % 8 == 7;
				String name = "training-" + i + (asPng ? ".png" : ".jpg");
				byte[] bytes = asPng ? png : jpeg;
				String type = asPng ? "image/png" : "image/jpeg";
				uploads.add(clients.submit(() -> uploadAndAwait(token, name, type, bytes)));
			}
			for (Future<?> upload : uploads) {
				upload.get();
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	private Void uploadAndAwait(String token, String name, String type, byte[] bytes) throws Exception {
		String boundary = "training-" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n";
		String taskId = field(TASK_ID,
				send(HttpRequest.newBuilder(uri("/upload"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(BodyPublishers.concat(BodyPublishers.ofString(head, StandardCharsets.UTF_8),
							BodyPublishers.ofByteArray(bytes),
							BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))));
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			String status = field(STATUS,
					send(HttpRequest.newBuilder(uri("/status/" + taskId)).header("Authorization", "Bearer " + token)));
			if (!status.equals("PENDING") && !status.equals("PROCESSING")) {
				return null;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Training task " + taskId + " did not finish in 5 minutes");
	}

	private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
		var response = this.http.send(request.timeout(Duration.ofMinutes(2)).build(), BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					"Training request " + response.request().uri().getPath() + ": HTTP " + response.statusCode());
		}
		return response.body();
	}

	private static String field(Pattern pattern, String json) {
		Matcher matcher = pattern.matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected training response: " + json);
		}
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create(this.gatewayUrl + path);
	}

	/**
	 * A 1920x1080 picture with gradients and texture, so the codecs do their usual amount
	 * of work.
	 */
	private static byte[] image(int type, String format) throws IOException {
		BufferedImage image = new BufferedImage(1920, 1080, type);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int texture = ((x * 31) ^ (y * 17)) & 0x3f;
				image.setRGB(x, y, 0xff000000 | ((x * 255 / 1920) << 16) | ((y * 255 / 1080) << 8) | (texture * 3));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}
