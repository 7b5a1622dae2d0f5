package io.mediaflow.worker.job;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import io.mediaflow.common.messaging.ImageJobRequested;
import io.mediaflow.common.messaging.JpegJobRequested;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.worker.image.ImageJobProcessor;
import io.mediaflow.worker.image.JpegStoreProcessor;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * The image queue carries augmentation jobs and single-image (JPEG store) jobs, told
 * apart by the message type.
 */
@Component
class ImageJobListener {

	private final JobRunner runner;

	private final ImageJobProcessor augmentation;

	private final JpegStoreProcessor jpegStore;

	ImageJobListener(JobRunner runner, ImageJobProcessor augmentation, JpegStoreProcessor jpegStore) {
		this.runner = runner;
		this.augmentation = augmentation;
		this.jpegStore = jpegStore;
	}

	@RabbitListener(queues = Messaging.IMAGE_JOBS_QUEUE, containerFactory = "imageJobContainerFactory")
	void onImageJob(Message message, Channel channel) throws IOException {
		String codec = this.augmentation.kernel().name();
		if (JpegJobRequested.class.getSimpleName().equals(message.getMessageProperties().getType())) {
			this.runner.run(message, channel, JpegJobRequested.class, codec, this.jpegStore::process);
		}
		else {
			this.runner.run(message, channel, ImageJobRequested.class, codec, this.augmentation::process);
		}
	}

}
