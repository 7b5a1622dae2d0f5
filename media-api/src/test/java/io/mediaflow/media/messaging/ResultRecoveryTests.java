package io.mediaflow.media.messaging;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After its retries, a result that could not be recorded goes back to its queue, while
 * one that could not be read is dropped: it would only come back unreadable.
 */
class ResultRecoveryTests {

	private final Message message = new Message(new byte[0], new MessageProperties());

	@Test
	void aResultThatCouldNotBeRecordedIsRequeued() {
		assertThatExceptionOfType(ImmediateRequeueAmqpException.class)
			.isThrownBy(() -> new MessagingConfiguration().requeueWhenRecordingFails()
				.recover(this.message, new ListenerExecutionFailedException("Listener failed",
						new DataAccessResourceFailureException("database away"), this.message)));
	}

	@Test
	void anUnreadableMessageIsDropped() {
		assertThatThrownBy(() -> new MessagingConfiguration().requeueWhenRecordingFails()
			.recover(this.message,
					new ListenerExecutionFailedException("Listener failed",
							new MessageConversionException("Not a Mediaflow message type"), this.message)))
			.isNotInstanceOf(ImmediateRequeueAmqpException.class)
			.hasCauseInstanceOf(AmqpRejectAndDontRequeueException.class);
	}

}
