package io.mediaflow.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageProperties;

/**
 * The floor for an upload: a plain PUT of the same bytes to the same S3 server with the
 * same client settings.
 */
final class S3PutBenchmark {

	private S3PutBenchmark() {
	}

	static List<Double> putMillis(String endpoint, List<byte[]> files, int count) {
		ObjectStore store = new ObjectStore(new StorageProperties(endpoint, StackProcess.S3_ACCESS_KEY,
				StackProcess.S3_SECRET_KEY, "mediaflow", "us-east-1", true));
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < count + 5; i++) {
			byte[] file = files.get(i % files.size());
			long start = System.nanoTime();
			store.put("bench/put-" + i, new ByteArrayInputStream(file), file.length, "application/octet-stream");
			if (i >= 5) { // the first few warm up connections
				millis.add((System.nanoTime() - start) / 1e6);
			}
		}
		return millis;
	}

}
