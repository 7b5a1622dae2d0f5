package io.mediaflow.standalone;

import java.util.ArrayList;
import java.util.List;

import io.mediaflow.platform.storage.StorageProperties;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;

/**
 * The objects a stack's media-api has in S3, listed as an operator would.
 */
final class StoredObjects {

	private StoredObjects() {
	}

	/**
	 * The keys under a prefix; the directories the filesystem store lists are left out.
	 */
	static List<String> under(MediaflowStack stack, String prefix) throws Exception {
		MinioClient minio = stack.context("media-api").getBean(MinioClient.class);
		String bucket = stack.context("media-api").getBean(StorageProperties.class).bucket();
		List<String> keys = new ArrayList<>();
		for (Result<Item> item : minio
			.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build())) {
			if (!item.get().objectName().endsWith("/")) {
				keys.add(item.get().objectName());
			}
		}
		return keys;
	}

}
