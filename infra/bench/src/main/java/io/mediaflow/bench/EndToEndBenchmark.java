package io.mediaflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.mediaflow.bench.GatewayHttp.Part;
import io.mediaflow.common.messaging.ImageFormat;

/**
 * C clients upload N images through the gateway (one image per upload); a poller follows
 * every task until it is finished. Throughput counts from the first upload to the last
 * task seen finished.
 */
final class EndToEndBenchmark {

	record Result(double imagesPerSecond, List<Double> uploadMillis, int failedTasks) {
	}

	private EndToEndBenchmark() {
	}

	static Result run(GatewayHttp gateway, List<byte[]> images, ImageFormat format, int total, int clients)
			throws Exception {
		String token = gateway.registerUser();
		List<String> taskIds = Collections.synchronizedList(new ArrayList<>());
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger next = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> uploaders = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			uploaders.add(executor.submit(() -> {
				for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
					byte[] image = images.get(i % images.size());
					long sent = System.nanoTime();
					GatewayHttp.Answer response = gateway.upload("/upload", token, List
						.of(Part.of("files", "image-" + i + "." + format.extension(), format.contentType(), image)));
					latencies.add((System.nanoTime() - sent) / 1e6);
					if (response.statusCode() != 202) {
						throw new IllegalStateException(
								"Upload refused: " + response.statusCode() + " " + response.body());
					}
					taskIds.add(GatewayHttp.json.readTree(response.body()).get("task_id").asString());
				}
				return null;
			}));
		}
		int failed = 0;
		List<String> pending = new ArrayList<>();
		int seen = 0;
		long deadline = start + Duration.ofMinutes(10).toNanos();
		while (seen < total || !pending.isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						(total - seen + pending.size()) + " tasks did not finish in 10 minutes");
			}
			synchronized (taskIds) {
				pending.addAll(taskIds.subList(seen, taskIds.size()));
				seen = taskIds.size();
			}
			for (Iterator<String> it = pending.iterator(); it.hasNext();) {
				String status = gateway.status(it.next(), token).get("status").asString();
				if (!status.equals("PENDING") && !status.equals("PROCESSING")) {
					failed += status.equals("DONE") ? 0 : 1;
					it.remove();
				}
				else {
					break; // tasks finish roughly in upload order: wait for the oldest
				}
			}
			if (uploaders.stream().anyMatch(Future::isDone) && uploaders.stream().allMatch(Future::isDone)) {
				for (Future<?> uploader : uploaders) {
					uploader.get();
				}
			}
			Thread.sleep(Duration.ofMillis(100).toMillis());
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		executor.shutdown();
		return new Result(total / elapsed, new ArrayList<>(latencies), failed);
	}

}
