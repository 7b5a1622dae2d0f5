package io.mediaflow.standalone.warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageProperties;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes everything media-api holds of one user: the stored objects of its tasks, then
 * its tasks (their files, results, records and images go with them), their outbox rows
 * and its webhook secret. Runs inside media-api's context, with its database and S3
 * client.
 */
final class UserMediaEraser {

	private final JdbcClient jdbc;

	private final MinioClient minio;

	private final ObjectStore store;

	private final String bucket;

	UserMediaEraser(ApplicationContext mediaApi) {
		this.jdbc = mediaApi.getBean(JdbcClient.class);
		this.minio = mediaApi.getBean(MinioClient.class);
		this.store = mediaApi.getBean(ObjectStore.class);
		this.bucket = mediaApi.getBean(StorageProperties.class).bucket();
	}

	/** Answers how many tasks were removed. */
	int erase(UUID userId) throws Exception {
		List<UUID> tasks = this.jdbc.sql("SELECT id FROM tasks WHERE user_id = ?")
			.param(userId)
			.query(UUID.class)
			.list();
		List<String> keys = new ArrayList<>();
		for (UUID task : tasks) {
			keys.addAll(keysUnder("originals/" + task + "/"));
			keys.addAll(keysUnder("results/" + task + "/"));
		}
		keys.addAll(this.jdbc.sql("SELECT s3_key FROM audio_records WHERE user_id = ?")
			.param(userId)
			.query(String.class)
			.list());
		keys.addAll(this.jdbc.sql("SELECT s3_key FROM stored_images WHERE user_id = ?")
			.param(userId)
			.query(String.class)
			.list());
		this.store.delete(keys);
		this.jdbc.sql("""
				DELETE FROM outbox WHERE file_id IN
				(SELECT f.id FROM task_files f JOIN tasks t ON t.id = f.task_id WHERE t.user_id = ?)
				""").param(userId).update();
		this.jdbc.sql("DELETE FROM tasks WHERE user_id = ?").param(userId).update();
		this.jdbc.sql("DELETE FROM webhook_secrets WHERE user_id = ?").param(userId).update();
		return tasks.size();
	}

	private List<String> keysUnder(String prefix) throws Exception {
		List<String> keys = new ArrayList<>();
		for (Result<Item> item : this.minio
			.listObjects(ListObjectsArgs.builder().bucket(this.bucket).prefix(prefix).recursive(true).build())) {
			keys.add(item.get().objectName());
		}
		return keys;
	}

}
