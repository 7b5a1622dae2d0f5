package io.mediaflow.media.storage;

import io.mediaflow.common.storage.BucketHealthIndicator;
import io.mediaflow.common.storage.ObjectStore;
import io.mediaflow.common.storage.S3Clients;
import io.mediaflow.common.storage.StorageProperties;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(StorageConfiguration.class);

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

	@Bean
	ApplicationRunner bucketCreator(MinioClient minio, StorageProperties storage) {
		return (args) -> {
			if (!minio.bucketExists(BucketExistsArgs.builder().bucket(storage.bucket()).build())) {
				minio.makeBucket(MakeBucketArgs.builder().bucket(storage.bucket()).build());
				logger.info("Created bucket {} at {}", storage.bucket(), storage.endpoint());
			}
		};
	}

}
