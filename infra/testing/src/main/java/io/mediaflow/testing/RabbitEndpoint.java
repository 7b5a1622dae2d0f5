package io.mediaflow.testing;

/**
 * Where the tests' RabbitMQ broker is.
 */
public record RabbitEndpoint(String host, int port, String username, String password) {

	@Override
	public String toString() {
		return "RabbitEndpoint[" + this.host + ":" + this.port + " as " + this.username + "]";
	}

}
