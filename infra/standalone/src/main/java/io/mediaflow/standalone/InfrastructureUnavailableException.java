package io.mediaflow.standalone;

/**
 * PostgreSQL or RabbitMQ cannot be reached. The message is one line saying which and how
 * to start it.
 */
public class InfrastructureUnavailableException extends StandaloneStartupException {

	InfrastructureUnavailableException(String message) {
		super(message);
	}

}
