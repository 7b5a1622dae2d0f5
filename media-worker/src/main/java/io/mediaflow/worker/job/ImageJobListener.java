package io.mediaflow.worker.job;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import io.mediaflow.common.messaging.ImageJobRequested;
import io.mediaflow.common.messaging.JpegJobRequested;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.worker.image.ImageJobProcessor;
import io.mediaflow.worker.image.JpegStoreProcessor;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitHandler;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * The image queue carries augmentation jobs and single-image (JPEG store) jobs; each
 * arrives as its own record, by its type id.
 */
@Component
@RabbitListener(queues = Messaging.IMAGE_JOBS_QUEUE, containerFactory = "imageJobContainerFactory")
class ImageJobListener {

	private final JobRunner runner;

	private final ImageJobProcessor augmentation;

	private final JpegStoreProcessor jpegStore;

	ImageJobListener(JobRunner runner, ImageJobProcessor augmentation, JpegStoreProcessor jpegStore) {
		this.runner = runner;
		this.augmentation = augmentation;
		this.jpegStore = jpegStore;
	}

	@RabbitHandler
	void onImageJob(ImageJobRequested job, Message message, Channel channel) throws IOException {
		this.runner.run(job, message, channel, this.augmentation.kernel().name(), this.augmentation::process);
	}

	@RabbitHandler
	void onJpegJob(JpegJobRequested job, Message message, Channel channel) throws IOException {
		this.runner.run(job, message, channel, this.augmentation.kernel().name(), this.jpegStore::process);
	}

}
