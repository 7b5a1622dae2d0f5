package io.mediaflow.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.worker.image.ImageKernel;
import io.mediaflow.worker.image.ImagePipeline;
import io.mediaflow.worker.image.ImageProcessingProperties;

/**
 * The physical limit: the worker's own pipeline (decode, rotate, gray, scale, three encodes) in this process on one
 * thread per core, nothing else around it.
 */
final class KernelBenchmark {

	private KernelBenchmark() {
	}

	static double imagesPerSecond(List<byte[]> images, ImageFormat format, int seconds) throws Exception {
		ImagePipeline pipeline = new ImagePipeline(new ImageProcessingProperties(0, 90, 3, 50_000_000, 268_435_456,
				ImageProcessingProperties.Kernel.of(ImageKernel.Choice.AUTO)));
		int threads = Runtime.getRuntime().availableProcessors();
		run(pipeline, images, format, threads, Math.max(2, seconds / 3)); // warm-up
		return run(pipeline, images, format, threads, seconds);
	}

	private static double run(ImagePipeline pipeline, List<byte[]> images, ImageFormat format, int threads,
			int seconds) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong done = new AtomicLong();
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		List<Future<?>> workers = new java.util.ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int offset = t;
			workers.add(executor.submit(() -> {
				for (int i = offset; !stop.get(); i++) {
					pipeline.process(images.get(i % images.size()), format);
					done.incrementAndGet();
				}
			}));
		}
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		for (Future<?> worker : workers) {
			worker.get();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		executor.shutdown();
		executor.awaitTermination(10, TimeUnit.SECONDS);
		return done.get() / elapsed;
	}

}
