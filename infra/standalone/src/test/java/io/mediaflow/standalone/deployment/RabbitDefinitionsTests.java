package io.mediaflow.standalone.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.mediaflow.common.messaging.MessagingProperties;
import io.mediaflow.common.messaging.MessagingTopology;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * infra/rabbitmq/definitions.json against {@link MessagingTopology}: RabbitMQ refuses a
 * service's declaration (PRECONDITION_FAILED) when a preloaded exchange or queue differs
 * in type, durability or arguments.
 */
class RabbitDefinitionsTests {

	private static final String DEFINITIONS = "infra/rabbitmq/definitions.json";

	private static final String CONFIG = "infra/rabbitmq/rabbitmq.conf";

	private final Deployment deployment = Deployment.get();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> definitions = json(RepositoryFiles.read(DEFINITIONS));

	@Test
	void exchangesAreTheOnesTheServicesDeclare() {
		Map<String, Object> expected = new TreeMap<>();
		declarables().getDeclarablesByType(Exchange.class)
			.forEach((exchange) -> expected.put(exchange.getName(),
					Map.of("type", exchange.getType(), "durable", exchange.isDurable(), "auto_delete",
							exchange.isAutoDelete(), "internal", exchange.isInternal(), "arguments",
							normalized(exchange.getArguments()))));
		Map<String, Object> actual = new TreeMap<>();
		entries("exchanges").forEach((exchange) -> actual.put(String.valueOf(exchange.get("name")),
				pick(exchange, "type", "durable", "auto_delete", "internal", "arguments")));
		assertThat(actual)
			.as("exchanges in %s, compared with MessagingTopology.declarables%s", DEFINITIONS, topologySettings())
			.isEqualTo(expected);
	}

	@Test
	void queuesAreTheOnesTheServicesDeclare() {
		Map<String, Object> expected = new TreeMap<>();
		declarables().getDeclarablesByType(Queue.class).forEach((queue) -> {
			assertThat(queue.isExclusive())
				.as("%s is exclusive, which a definitions file cannot express", queue.getName())
				.isFalse();
			expected.put(queue.getName(), Map.of("durable", queue.isDurable(), "auto_delete", queue.isAutoDelete(),
					"arguments", normalized(queue.getArguments())));
		});
		Map<String, Object> actual = new TreeMap<>();
		entries("queues").forEach((queue) -> actual.put(String.valueOf(queue.get("name")),
				pick(queue, "durable", "auto_delete", "arguments")));
		assertThat(actual)
			.as("queues in %s, compared with MessagingTopology.declarables%s", DEFINITIONS, topologySettings())
			.isEqualTo(expected);
	}

	@Test
	void bindingsAreTheOnesTheServicesDeclare() {
		List<Map<String, Object>> expected = new ArrayList<>();
		declarables().getDeclarablesByType(Binding.class)
			.forEach((binding) -> expected.add(Map.of("source", binding.getExchange(), "destination",
					binding.getDestination(), "destination_type", binding.getDestinationType().name().toLowerCase(),
					"routing_key", binding.getRoutingKey(), "arguments", normalized(binding.getArguments()))));
		List<Map<String, Object>> actual = entries("bindings").stream()
			.map((binding) -> pick(binding, "source", "destination", "destination_type", "routing_key", "arguments"))
			.toList();
		assertThat(actual).as("bindings in %s", DEFINITIONS).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void everythingLivesInTheServicesVirtualHost() {
		String virtualHost = this.deployment.javaServices()
			.stream()
			.filter((service) -> usesMessaging(this.deployment.configuration(service)))
			.map((service) -> this.deployment.configuration(service).effective("spring.rabbitmq.virtual-host", service))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse("/");
		List<String> elsewhere = new ArrayList<>();
		for (String kind : List.of("exchanges", "queues", "bindings")) {
			entries(kind).stream()
				.filter((entry) -> !virtualHost.equals(entry.get("vhost")))
				.forEach((entry) -> elsewhere.add(
						kind + " " + entry.getOrDefault("name", entry.get("source") + " -> " + entry.get("destination"))
								+ " in vhost " + entry.get("vhost")));
		}
		assertThat(elsewhere).as("entries of %s outside the services' virtual host %s", DEFINITIONS, virtualHost)
			.isEmpty();
		assertThat(entries("vhosts"))
			.as("%s creates the virtual host (a boot-time import skips RabbitMQ's defaults)", DEFINITIONS)
			.anyMatch((vhost) -> virtualHost.equals(vhost.get("name")));
	}

	@Test
	void holdsNoCredentials() {
		assertThat(this.definitions)
			.as("%s is in git: users and permissions come from .env (see compose.yaml)", DEFINITIONS)
			.doesNotContainKeys("users", "permissions");
	}

	@Test
	void theBrokerImportsTheDefinitionsAndTheUserOfTheServices() {
		ComposeService rabbitmq = this.deployment.compose().service("rabbitmq");
		Map<String, String> configs = rabbitmq.configs();
		Map<String, Object> sources = this.deployment.compose().section("configs");
		String loadDefinitions = RepositoryFiles.read(CONFIG)
			.lines()
			.map(String::strip)
			.filter((line) -> line.startsWith("load_definitions"))
			.map((line) -> line.substring(line.indexOf('=') + 1).strip())
			.findFirst()
			.orElseThrow(() -> new AssertionError(CONFIG + " sets no load_definitions"));
		Map<String, String> byFile = new HashMap<>();
		configs.forEach((source, target) -> {
			Map<String, Object> config = Yamls.map(sources.getOrDefault(source, Map.of()), "configs." + source);
			byFile.put(String.valueOf(config.getOrDefault("file", "content")).replaceFirst("^\\./", ""), target);
		});
		assertThat(byFile.get(CONFIG)).as("where rabbitmq mounts %s", CONFIG).startsWith("/etc/rabbitmq/conf.d/");
		assertThat(byFile.get(DEFINITIONS))
			.as("where rabbitmq mounts %s (load_definitions = %s)", DEFINITIONS, loadDefinitions)
			.startsWith(loadDefinitions + "/")
			.endsWith(".json");

		Map<String, Object> user = configs.keySet()
			.stream()
			.map((source) -> Yamls.map(sources.getOrDefault(source, Map.of()), "configs." + source))
			.filter((config) -> config.containsKey("content"))
			.map((config) -> json(rabbitmq.resolve(String.valueOf(config.get("content")))))
			.filter((content) -> content.containsKey("users"))
			.map((content) -> Yamls.map(Yamls.list(content.get("users"), "users").get(0), "users[0]"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(ComposeFile.PATH + " gives rabbitmq no definitions with a user"));
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.javaServices()) {
			if (usesMessaging(this.deployment.configuration(service))) {
				Map<String, String> environment = service.environment();
				String username = service.resolve(environment.getOrDefault("SPRING_RABBITMQ_USERNAME", ""));
				String password = service.resolve(environment.getOrDefault("SPRING_RABBITMQ_PASSWORD", ""));
				if (!username.equals(user.get("name")) || !password.equals(user.get("password"))) {
					problems.add(service.name() + " logs in as '" + username + "', but the broker imports the user '"
							+ user.get("name") + "' (with .env.example's values)");
				}
			}
		}
		assertThat(problems).as("RabbitMQ credentials").isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(String text) {
		return JSON.readValue(text, Map.class);
	}

	/**
	 * What the services declare, with the quorum and delivery-limit settings they run
	 * with in compose.
	 */
	private Declarables declarables() {
		Map.Entry<Boolean, Integer> settings = topologySettingsEntry();
		return MessagingTopology.declarables(settings.getKey(), settings.getValue());
	}

	private String topologySettings() {
		Map.Entry<Boolean, Integer> settings = topologySettingsEntry();
		return "(" + settings.getKey() + ", " + settings.getValue() + ")";
	}

	private Map.Entry<Boolean, Integer> topologySettingsEntry() {
		Map<String, Map.Entry<Boolean, Integer>> byService = new LinkedHashMap<>();
		for (ComposeService service : this.deployment.javaServices()) {
			ServiceConfiguration configuration = this.deployment.configuration(service);
			if (usesMessaging(configuration)) {
				boolean quorum = Boolean
					.parseBoolean(configuration.effective("mediaflow.messaging.quorum-queues", service).orElse("true"));
				int limit = Integer
					.parseInt(configuration.effective("mediaflow.messaging.delivery-limit", service).orElse("5"));
				byService.put(service.name(), Map.entry(quorum, limit));
			}
		}
		assertThat(Set.copyOf(byService.values()))
			.as("(quorum-queues, delivery-limit) of the services declaring the queues: %s", byService)
			.hasSize(1);
		return byService.values().iterator().next();
	}

	private static boolean usesMessaging(ServiceConfiguration configuration) {
		return configuration.mediaflowProperties()
			.stream()
			.anyMatch((property) -> property.sourceType().equals(MessagingProperties.class.getName()));
	}

	private List<Map<String, Object>> entries(String kind) {
		Object entries = this.definitions.get(kind);
		List<Map<String, Object>> result = new ArrayList<>();
		for (Object entry : (entries != null) ? Yamls.list(entries, DEFINITIONS + " " + kind) : List.of()) {
			result.add(Yamls.map(entry, DEFINITIONS + " " + kind));
		}
		return result;
	}

	private static Map<String, Object> pick(Map<String, Object> entry, String... keys) {
		Map<String, Object> picked = new TreeMap<>();
		for (String key : keys) {
			Object value = entry.get(key);
			picked.put(key, (value instanceof Map<?, ?> arguments) ? normalized(arguments) : value);
		}
		return picked;
	}

	/**
	 * Arguments with every number as a long: RabbitMQ compares 5 (JSON) and 5 (a Java
	 * int) as equal.
	 */
	private static Map<String, Object> normalized(Map<?, ?> arguments) {
		Map<String, Object> normalized = new TreeMap<>();
		arguments.forEach((key, value) -> normalized.put(String.valueOf(key),
				(value instanceof Number number) ? (Object) number.longValue() : value));
		return normalized;
	}

}
