package io.mediaflow.standalone;

import java.util.Arrays;
import java.util.List;

/**
 * All services share one classpath in the standalone run, so each context switches off
 * the auto-configurations that only another service needs (a gateway without a
 * DataSource, a worker without Flyway, ...).
 */
final class ServiceLayout {

	private static final List<String> DATABASE = List.of(
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration");

	private static final List<String> JPA = List.of(
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.hibernate.autoconfigure.metrics.HibernateMetricsAutoConfiguration",
			"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration");

	private static final List<String> RABBIT = List.of(
			"org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
			"org.springframework.boot.amqp.autoconfigure.health.RabbitHealthContributorAutoConfiguration",
			"org.springframework.boot.amqp.autoconfigure.metrics.RabbitMetricsAutoConfiguration");

	private static final List<String> GATEWAY = List.of(
			"org.springframework.cloud.gateway.server.mvc.GatewayServerMvcAutoConfiguration",
			"org.springframework.cloud.gateway.server.mvc.GatewayMvcClassPathWarningAutoConfiguration",
			"org.springframework.cloud.gateway.server.mvc.filter.FilterAutoConfiguration",
			"org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctionAutoConfiguration",
			"org.springframework.cloud.gateway.server.mvc.handler.GatewayMultipartAutoConfiguration",
			"org.springframework.cloud.gateway.server.mvc.predicate.PredicateAutoConfiguration",
			"org.springframework.cloud.gateway.server.mvc.config.DefaultFunctionConfiguration");

	/** The S3 bucket, which only media-api and the worker opt into (platform-storage). */
	private static final List<String> STORAGE = List.of("io.mediaflow.platform.storage.StorageAutoConfiguration");

	private ServiceLayout() {
	}

	static String authServiceExcludes() {
		return join(RABBIT, GATEWAY, STORAGE);
	}

	static String mediaApiExcludes() {
		return join(JPA, GATEWAY);
	}

	static String mediaWorkerExcludes() {
		return join(DATABASE, JPA, GATEWAY);
	}

	static String gatewayExcludes() {
		return join(DATABASE, JPA, RABBIT, STORAGE);
	}

	@SafeVarargs
	private static String join(List<String>... groups) {
		return String.join(",", Arrays.stream(groups).flatMap(List::stream).toList());
	}

}
