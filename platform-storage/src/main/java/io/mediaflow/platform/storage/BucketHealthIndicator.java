package io.mediaflow.platform.storage;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the S3 store as the service sees it: reachable, credentials accepted, bucket
 * there.
 */
public class BucketHealthIndicator extends AbstractHealthIndicator {

	private final MinioClient client;

	private final String bucket;

	public BucketHealthIndicator(MinioClient client, String bucket) {
		super("S3 health check failed");
		this.client = client;
		this.bucket = bucket;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		boolean exists = this.client.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build());
		(exists ? builder.up() : builder.down()).withDetail("bucket", this.bucket);
	}

}
