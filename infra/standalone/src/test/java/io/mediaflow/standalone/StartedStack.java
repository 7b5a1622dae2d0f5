package io.mediaflow.standalone;

import java.util.Objects;

import io.mediaflow.testing.TcpProxy;
import org.jspecify.annotations.Nullable;

/**
 * A running test stack with the proxies some kinds put between it and RabbitMQ or its S3
 * server; closing it stops the stack, then the proxies.
 *
 * @param kind the settings it was started with
 * @param stack the four services and the S3 server
 * @param rabbitProxy between every service and RabbitMQ, when the kind has one
 * @param s3Proxy between every service and the S3 server, when the kind has one
 */
public record StartedStack(TestStack kind, MediaflowStack stack, @Nullable TcpProxy rabbitProxy,
		@Nullable TcpProxy s3Proxy) implements AutoCloseable {

	public TcpProxy requireRabbitProxy() {
		return Objects.requireNonNull(this.rabbitProxy, () -> this.kind + " has no RabbitMQ proxy");
	}

	public TcpProxy requireS3Proxy() {
		return Objects.requireNonNull(this.s3Proxy, () -> this.kind + " has no S3 proxy");
	}

	@Override
	public void close() {
		try {
			this.stack.close();
		}
		finally {
			closeIfPresent(this.rabbitProxy);
			closeIfPresent(this.s3Proxy);
		}
	}

	static void closeIfPresent(@Nullable TcpProxy proxy) {
		if (proxy != null) {
			proxy.close();
		}
	}

}
