package io.mediaflow.standalone.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.mediaflow.standalone.traffic.GatewayTraffic;
import io.mediaflow.standalone.traffic.SampleMedia;

/**
 * What a user does, often enough for the JIT to see the hot paths: registers, then
 * {@link #CLIENTS} clients upload {@link #IMAGES} full-HD images (JPEG and PNG, one per
 * upload, as the benchmark does) through the gateway and poll each task until it is
 * finished.
 */
final class TrainingWorkload {

	static final int IMAGES = 480;

	static final int CLIENTS = 4;

	private final GatewayTraffic gateway;

	TrainingWorkload(String gatewayUrl) {
		this.gateway = new GatewayTraffic(gatewayUrl);
	}

	void run() throws Exception {
		GatewayTraffic.User user = this.gateway.register("aot-training");
		byte[] jpeg = SampleMedia.jpeg(1920, 1080);
		byte[] png = SampleMedia.png(1920, 1080);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> uploads = new ArrayList<>();
			for (int i = 0; i < IMAGES; i++) {
				boolean asPng = i % 8 == 7;
				String name = "training-" + i + (asPng ? ".png" : ".jpg");
				byte[] bytes = asPng ? png : jpeg;
				String type = asPng ? "image/png" : "image/jpeg";
				uploads.add(clients.submit(() -> this.gateway.awaitFinished(user,
						this.gateway.upload(user, name, type, bytes), Duration.ofMinutes(5))));
			}
			for (Future<?> upload : uploads) {
				upload.get();
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

}
