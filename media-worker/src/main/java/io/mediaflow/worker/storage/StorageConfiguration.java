package io.mediaflow.worker.storage;

import io.mediaflow.common.storage.ObjectStore;
import io.mediaflow.common.storage.S3Clients;
import io.mediaflow.common.storage.StorageProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

	@Bean
	ObjectStore objectStore(StorageProperties storage) {
		return new ObjectStore(S3Clients.create(storage), storage.bucket());
	}

}
