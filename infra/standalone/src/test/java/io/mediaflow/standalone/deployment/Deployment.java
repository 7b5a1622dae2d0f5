package io.mediaflow.standalone.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The deployment files and the service modules they deploy, read once for all drift
 * tests.
 */
final class Deployment {

	static final String ENV_EXAMPLE = ".env.example";

	private static @Nullable Deployment instance;

	private final EnvFile envExample;

	private final ComposeFile compose;

	private final Dockerfile dockerfile;

	private final List<ServiceModule> modules;

	private final Map<String, ServiceConfiguration> configurations = new LinkedHashMap<>();

	private Deployment() {
		this.envExample = EnvFile.load(ENV_EXAMPLE);
		this.compose = ComposeFile.load(this.envExample);
		this.dockerfile = Dockerfile.load();
		this.modules = ServiceModule.discover();
		this.modules
			.forEach((module) -> this.configurations.put(module.artifactId(), ServiceConfiguration.load(module)));
	}

	static synchronized Deployment get() {
		if (instance == null) {
			instance = new Deployment();
		}
		return instance;
	}

	EnvFile envExample() {
		return this.envExample;
	}

	ComposeFile compose() {
		return this.compose;
	}

	Dockerfile dockerfile() {
		return this.dockerfile;
	}

	List<ServiceModule> modules() {
		return this.modules;
	}

	/**
	 * The compose services built from our Dockerfile, i.e. the Mediaflow services (not
	 * the infrastructure).
	 */
	List<ComposeService> javaServices() {
		return this.compose.services()
			.values()
			.stream()
			.filter((service) -> service.dockerfile().filter(Dockerfile.PATH::equals).isPresent())
			.toList();
	}

	/** A service module by its artifactId. */
	ServiceModule module(String artifactId) {
		return this.modules.stream()
			.filter((module) -> module.artifactId().equals(artifactId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No service module " + artifactId));
	}

	/** The configuration of a service module. */
	ServiceConfiguration configuration(ServiceModule module) {
		return this.configurations.get(module.artifactId());
	}

	/**
	 * The configuration of the module a compose service runs (its MODULE build argument).
	 */
	ServiceConfiguration configuration(ComposeService service) {
		String module = service.buildArg(Dockerfile.MODULE_ARG).orElse(service.name());
		ServiceConfiguration configuration = this.configurations.get(module);
		if (configuration == null) {
			throw new AssertionError("compose service " + service.name() + " runs module " + module
					+ ", which is not a service module (" + this.configurations.keySet() + ")");
		}
		return configuration;
	}

}
