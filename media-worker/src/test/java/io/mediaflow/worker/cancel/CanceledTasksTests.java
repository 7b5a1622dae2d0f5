package io.mediaflow.worker.cancel;

import java.util.List;
import java.util.UUID;

import io.mediaflow.common.cancel.CancelMarkers;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageProperties;
import io.mediaflow.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker tells a canceled task by its cancel marker in a real S3 bucket (the tests'
 * embedded S3Proxy), and remembers what it saw.
 */
class CanceledTasksTests {

	private static final ObjectStore store = bucket();

	private static ObjectStore bucket() {
		StorageProperties properties = new StorageProperties(TestInfrastructure.s3().endpoint(),
				TestInfrastructure.S3_ACCESS_KEY, TestInfrastructure.S3_SECRET_KEY, "cancel-tests", "us-east-1", true);
		ObjectStore bucket = new ObjectStore(properties);
		bucket.createBucketIfMissing();
		return bucket;
	}

	@Test
	void aTaskWithACancelMarkerIsCanceledAndOneWithoutIsNot() {
		CanceledTasks canceled = new CanceledTasks(store);
		UUID canceledTask = UUID.randomUUID();
		store.putWithChecksum(CancelMarkers.key(canceledTask), new byte[0], "application/octet-stream");

		assertThat(canceled.remembered(canceledTask)).as("before asking").isFalse();
		assertThat(canceled.contains(canceledTask)).isTrue();
		assertThat(canceled.remembered(canceledTask)).as("once seen").isTrue();
		UUID runningTask = UUID.randomUUID();
		assertThat(canceled.contains(runningTask)).isFalse();
		assertThat(canceled.remembered(runningTask)).isFalse();
	}

	@Test
	void aTaskSeenCanceledStaysCanceledWithoutAskingAgain() {
		CanceledTasks canceled = new CanceledTasks(store);
		UUID taskId = UUID.randomUUID();
		store.putWithChecksum(CancelMarkers.key(taskId), new byte[0], "application/octet-stream");
		assertThat(canceled.contains(taskId)).isTrue();

		store.delete(List.of(CancelMarkers.key(taskId)));

		assertThat(canceled.contains(taskId)).isTrue();
		assertThat(new CanceledTasks(store).contains(taskId)).isFalse();
	}

}
