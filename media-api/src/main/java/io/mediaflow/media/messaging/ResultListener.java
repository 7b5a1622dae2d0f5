package io.mediaflow.media.messaging;

import io.mediaflow.common.messaging.FileProcessed;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.media.task.ResultRecorder;

import org.springframework.amqp.rabbit.annotation.RabbitHandler;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Records the outcome workers report for each file.
 */
@Component
@RabbitListener(queues = Messaging.TASK_EVENTS_QUEUE)
class ResultListener {

	private final ResultRecorder recorder;

	ResultListener(ResultRecorder recorder) {
		this.recorder = recorder;
	}

	@RabbitHandler
	void onFileProcessed(FileProcessed result) {
		this.recorder.record(result);
	}

	@RabbitHandler
	void onLegacyFileProcessed(LegacyFileProcessed result) {
		this.recorder.record(result.outcome());
	}

}
