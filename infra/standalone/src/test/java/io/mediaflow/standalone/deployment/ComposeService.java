package io.mediaflow.standalone.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service of compose.yaml. Values are returned as written unless a method says it
 * resolves them.
 */
record ComposeService(String name, Map<String, Object> definition, EnvFile variables) {

	boolean declares(String key) {
		return this.definition.containsKey(key);
	}

	/** The {@code environment} section, in either of its two forms. */
	Map<String, String> environment() {
		Object environment = this.definition.get("environment");
		Map<String, String> variables = new LinkedHashMap<>();
		if (environment instanceof List<?> list) {
			for (Object entry : list) {
				String[] parts = String.valueOf(entry).split("=", 2);
				variables.put(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		else if (environment != null) {
			Yamls.map(environment, path("environment"))
				.forEach((key, value) -> variables.put(key, String.valueOf(value)));
		}
		return variables;
	}

	/** A value with its {@code ${...}} expressions resolved against .env.example. */
	String resolve(String value) {
		return Interpolation.resolve(value, this.variables.values());
	}

	Optional<String> dockerfile() {
		return build().map((build) -> String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
	}

	Optional<String> buildContext() {
		return build().map((build) -> String.valueOf(build.getOrDefault("context", ".")));
	}

	Optional<String> buildArg(String name) {
		return build().map((build) -> build.get("args"))
			.map((args) -> Yamls.map(args, path("build.args")).get(name))
			.map(String::valueOf);
	}

	List<PublishedPort> ports() {
		List<PublishedPort> ports = new ArrayList<>();
		for (Object port : listOf("ports")) {
			ports.add((port instanceof Map<?, ?>) ? PublishedPort.of(Yamls.map(port, path("ports")))
					: PublishedPort.parse(resolve(String.valueOf(port))));
		}
		return ports;
	}

	/**
	 * The healthcheck's {@code test}, e.g. {@code [CMD, healthcheck, http://...]}; empty
	 * without one.
	 */
	List<String> healthcheck() {
		Object healthcheck = this.definition.get("healthcheck");
		if (healthcheck == null) {
			return List.of();
		}
		Object test = Yamls.map(healthcheck, path("healthcheck")).get("test");
		if (test instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return (test != null) ? List.of("CMD-SHELL", String.valueOf(test)) : List.of();
	}

	/**
	 * Services this one waits for, with the condition ({@code service_started} for the
	 * short form).
	 */
	Map<String, String> dependsOn() {
		Object dependsOn = this.definition.get("depends_on");
		Map<String, String> conditions = new LinkedHashMap<>();
		if (dependsOn instanceof List<?> list) {
			list.forEach((service) -> conditions.put(String.valueOf(service), "service_started"));
		}
		else if (dependsOn != null) {
			Yamls.map(dependsOn, path("depends_on")).forEach((service, options) -> {
				Object condition = Yamls.map(options, path("depends_on." + service)).get("condition");
				conditions.put(service, (condition != null) ? String.valueOf(condition) : "service_started");
			});
		}
		return conditions;
	}

	/** Volumes in the short {@code source:target[:mode]} form. */
	List<String> volumes() {
		return listOf("volumes").stream().map(String::valueOf).toList();
	}

	/** Configs given to the service, as {@code source -> target}. */
	Map<String, String> configs() {
		Map<String, String> configs = new LinkedHashMap<>();
		for (Object config : listOf("configs")) {
			Map<String, Object> entry = Yamls.map(config, path("configs"));
			configs.put(String.valueOf(entry.get("source")), String.valueOf(entry.get("target")));
		}
		return configs;
	}

	private Optional<Map<String, Object>> build() {
		Object build = this.definition.get("build");
		if (build == null) {
			return Optional.empty();
		}
		return Optional.of((build instanceof Map<?, ?>) ? Yamls.map(build, path("build")) : Map.of("context", build));
	}

	private List<?> listOf(String key) {
		Object value = this.definition.get(key);
		return (value != null && !"".equals(value)) ? Yamls.list(value, path(key)) : List.of();
	}

	private String path(String key) {
		return "services." + this.name + "." + key;
	}

}
