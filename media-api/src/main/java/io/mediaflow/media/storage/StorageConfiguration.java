package io.mediaflow.media.storage;

import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * media-api creates the bucket at start when it is missing; the store itself comes from
 * the platform's storage auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(StorageConfiguration.class);

	@Bean
	ApplicationRunner bucketCreator(ObjectStore store, StorageProperties storage) {
		return (args) -> {
			if (store.createBucketIfMissing()) {
				logger.info("Created bucket {} at {}", storage.bucket(), storage.endpoint());
			}
		};
	}

}
