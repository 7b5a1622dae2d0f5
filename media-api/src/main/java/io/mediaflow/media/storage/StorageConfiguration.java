package io.mediaflow.media.storage;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(StorageConfiguration.class);

	@Bean
	MinioClient minioClient(StorageProperties storage) {
		return MinioClient.builder()
			.endpoint(storage.endpoint())
			.credentials(storage.accessKey(), storage.secretKey())
			.region(storage.region())
			.build();
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
