package io.mediaflow.worker.job;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import io.mediaflow.common.messaging.ImageJobRequested;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.worker.image.ImageJobProcessor;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

@Component
class ImageJobListener {

	private final JobRunner runner;

	private final ImageJobProcessor processor;

	ImageJobListener(JobRunner runner, ImageJobProcessor processor) {
		this.runner = runner;
		this.processor = processor;
	}

	@RabbitListener(queues = Messaging.IMAGE_JOBS_QUEUE, containerFactory = "imageJobContainerFactory")
	void onImageJob(Message message, Channel channel) throws IOException {
		this.runner.run(message, channel, ImageJobRequested.class, this.processor::process);
	}

}
