package io.mediaflow.worker.job;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import io.mediaflow.common.messaging.AudioJobRequested;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.worker.audio.AudioJobProcessor;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

@Component
class AudioJobListener {

	private final JobRunner runner;

	private final AudioJobProcessor processor;

	AudioJobListener(JobRunner runner, AudioJobProcessor processor) {
		this.runner = runner;
		this.processor = processor;
	}

	@RabbitListener(queues = Messaging.AUDIO_JOBS_QUEUE, containerFactory = "audioJobContainerFactory")
	void onAudioJob(AudioJobRequested job, Message message, Channel channel) throws IOException {
		this.runner.run(job, message, channel, "ffmpeg", this.processor::process);
	}

}
