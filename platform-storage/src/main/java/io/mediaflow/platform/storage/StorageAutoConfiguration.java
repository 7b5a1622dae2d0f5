package io.mediaflow.platform.storage;

import io.minio.MinioClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The S3 bucket for a service that has this module on its class path: the client
 * ({@code mediaflow.storage.*}), the {@link ObjectStore} and the {@code s3} health
 * indicator.
 */
@AutoConfiguration
@EnableConfigurationProperties(StorageProperties.class)
public class StorageAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ObjectStore objectStore(StorageProperties storage) {
		return new ObjectStore(storage);
	}

	/** The store's own MinIO client, so that the service keeps one connection pool. */
	@Bean
	@ConditionalOnMissingBean
	MinioClient minioClient(ObjectStore store) {
		return store.minioClient();
	}

	@Bean(name = "s3HealthIndicator")
	@ConditionalOnMissingBean(name = "s3HealthIndicator")
	BucketHealthIndicator s3HealthIndicator(MinioClient minio, StorageProperties storage) {
		return new BucketHealthIndicator(minio, storage.bucket());
	}

}
