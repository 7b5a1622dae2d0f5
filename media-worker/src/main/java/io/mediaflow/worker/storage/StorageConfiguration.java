package io.mediaflow.worker.storage;

import io.mediaflow.common.storage.BucketHealthIndicator;
import io.mediaflow.common.storage.ObjectStore;
import io.mediaflow.common.storage.S3Clients;
import io.mediaflow.common.storage.StorageProperties;
import io.minio.MinioClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

	@Bean
	MinioClient minioClient(StorageProperties storage) {
		return S3Clients.create(storage);
	}

	@Bean
	ObjectStore objectStore(MinioClient minio, StorageProperties storage) {
		return new ObjectStore(minio, storage.bucket());
	}

	@Bean(name = "s3HealthIndicator")
	BucketHealthIndicator s3HealthIndicator(MinioClient minio, StorageProperties storage) {
		return new BucketHealthIndicator(minio, storage.bucket());
	}

}
