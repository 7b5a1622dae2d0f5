package io.mediaflow.media.messaging;

import java.util.List;

import io.mediaflow.common.messaging.JobReference;
import io.mediaflow.common.messaging.JobStarted;
import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.media.task.TaskRepository;

import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Workers started jobs: the watchdog's processing timeout counts from here. Starts come
 * in batches (what arrived within {@link #BATCH_WAIT_MILLIS}, at most
 * {@link #BATCH_SIZE}), recorded in one statement and acked together: a start per image
 * would otherwise cost a commit per image.
 */
@Configuration(proxyBeanMethods = false)
class JobStartListener {

	static final int BATCH_SIZE = 100;

	static final long BATCH_WAIT_MILLIS = 100;

	private final TaskRepository tasks;

	JobStartListener(TaskRepository tasks) {
		this.tasks = tasks;
	}

	@RabbitListener(queues = Messaging.JOB_STARTS_QUEUE, containerFactory = "jobStartsContainerFactory")
	void onJobsStarted(List<JobStarted> starts) {
		this.tasks
			.markStarted(starts.stream().map((start) -> new JobReference(start.taskId(), start.fileId())).toList());
	}

	@Bean
	static SimpleRabbitListenerContainerFactory jobStartsContainerFactory(
			SimpleRabbitListenerContainerFactoryConfigurer configurer, ConnectionFactory connectionFactory) {
		SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
		configurer.configure(factory, connectionFactory);
		factory.setBatchListener(true);
		factory.setConsumerBatchEnabled(true);
		factory.setBatchSize(BATCH_SIZE);
		factory.setReceiveTimeout(BATCH_WAIT_MILLIS);
		return factory;
	}

}
