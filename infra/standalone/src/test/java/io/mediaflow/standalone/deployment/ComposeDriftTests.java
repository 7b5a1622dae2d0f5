package io.mediaflow.standalone.deployment;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * compose.yaml against the code: every service module runs, with environment variables
 * that set real properties of that service, reachable hosts and ports, health checks on
 * the actuator, and nothing published but the gateway and the consoles.
 */
class ComposeDriftTests {

	/** The one service clients talk to. */
	private static final String PUBLIC_SERVICE = "api-gateway";

	/**
	 * Infrastructure whose web consoles are published (on 127.0.0.1 only), by container
	 * port.
	 */
	private static final Map<String, Integer> CONSOLES = Map.of("rabbitmq", 15672, "s3", 9001, "prometheus", 9090,
			"grafana", 3000);

	private static final String EXPOSURE = "management.endpoints.web.exposure.include";

	private static final Pattern URL_AUTHORITY = Pattern.compile("//([A-Za-z0-9._-]+)(?::(\\d+))?");

	private static final Pattern LOCAL_ADDRESS = Pattern.compile("\\blocalhost\\b|//127\\.0\\.0\\.1\\b");

	private static final Pattern SECRET_VARIABLE = Pattern.compile(".*(PASSWORD|SECRET|ACCESS_KEY|TOKEN).*");

	private final Deployment deployment = Deployment.get();

	@Test
	void everyServiceModuleIsAComposeServiceBuiltFromTheDockerfile() {
		Set<String> modules = this.deployment.modules()
			.stream()
			.map(ServiceModule::artifactId)
			.collect(Collectors.toCollection(TreeSet::new));
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.javaServices()) {
			String module = service.buildArg(Dockerfile.MODULE_ARG).orElse("");
			if (!module.equals(service.name())) {
				problems.add(service.name() + " builds MODULE=" + module + ": name the service after its module");
			}
			if (!service.buildContext().orElse("").equals(".")) {
				problems.add(service.name() + " builds from context " + service.buildContext().orElse("")
						+ ": the Dockerfile expects the repository root (.)");
			}
		}
		assertThat(problems).as("compose services built from %s", Dockerfile.PATH).isEmpty();
		assertThat(this.deployment.javaServices().stream().map(ComposeService::name).toList())
			.as("compose services built from %s must be exactly the service modules (modules repackaging an"
					+ " executable jar) of pom.xml", Dockerfile.PATH)
			.containsExactlyInAnyOrderElementsOf(modules);
	}

	@Test
	void everyEnvironmentVariableSetsAPropertyOfItsService() {
		Set<String> imageVariables = this.deployment.dockerfile().imageVariables();
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.javaServices()) {
			ServiceConfiguration configuration = this.deployment.configuration(service);
			for (String variable : service.environment().keySet()) {
				ServiceConfiguration.Binding binding = configuration.bind(variable);
				if (binding.property().isEmpty() && !imageVariables.contains(variable)) {
					problems.add(service.name() + ": " + binding.problem());
				}
			}
		}
		assertThat(problems)
			.as("environment variables in %s that configure nothing in their service (image" + " variables of %s: %s)",
					ComposeFile.PATH, Dockerfile.PATH, imageVariables)
			.isEmpty();
	}

	@Test
	void propertiesWithoutADefaultAreSet() {
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.javaServices()) {
			ServiceConfiguration configuration = this.deployment.configuration(service);
			configuration.mediaflowProperties()
				.stream()
				.filter((property) -> property.defaultValue() == null
						&& Set.of("java.lang.String", "java.net.URI", "java.net.URL").contains(property.type()))
				.filter((property) -> !configuration.yml().containsKey(property.name()))
				.filter((property) -> !configuration.isSetBy(service, property.name()))
				.forEach((property) -> problems.add(service.name() + " needs " + property.name()
						+ ": it has no default and " + configuration.module().configFile()
						+ " does not set it; set it in compose.yaml (or give it a default)"));
		}
		assertThat(problems).as("required properties missing from %s", ComposeFile.PATH).isEmpty();
	}

	@Test
	void localhostSettingsAreReplacedByComposeServiceNames() {
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.javaServices()) {
			ServiceConfiguration configuration = this.deployment.configuration(service);
			configuration.yml().forEach((property, value) -> {
				if (LOCAL_ADDRESS.matcher(value).find() && !configuration.isSetBy(service, property)) {
					problems.add(service.name() + ": " + property + " is " + value + " in "
							+ configuration.module().configFile() + "; in a container that is the container itself");
				}
			});
			configuration.mediaflowProperties()
				.stream()
				.filter((property) -> property.defaultValue() != null
						&& LOCAL_ADDRESS.matcher(property.defaultValue()).find())
				.filter((property) -> !configuration.yml().containsKey(property.name()))
				.filter((property) -> !configuration.isSetBy(service, property.name()))
				.forEach((property) -> problems.add(service.name() + ": " + property.name() + " defaults to "
						+ property.defaultValue() + "; in a container that is the container itself"));
		}
		assertThat(problems).as("settings pointing at localhost that %s does not override", ComposeFile.PATH).isEmpty();
	}

	@Test
	void hostsInTheEnvironmentAreComposeServicesOnTheirServicePorts() {
		Map<String, ComposeService> services = this.deployment.compose().services();
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.javaServices()) {
			ServiceConfiguration configuration = this.deployment.configuration(service);
			service.environment().forEach((variable, value) -> {
				for (HostAndPort target : hostsIn(configuration, variable, service.resolve(value))) {
					ComposeService targetService = services.get(target.host());
					if (targetService == null) {
						problems.add(service.name() + ": " + variable + " names host " + target.host()
								+ ", which is not a service of " + ComposeFile.PATH);
					}
					else if (!target.port().isEmpty() && isJavaService(targetService)) {
						String port = serverPort(targetService);
						if (!target.port().equals(port)) {
							problems.add(service.name() + ": " + variable + " uses " + target.host() + ":"
									+ target.port() + ", but " + target.host() + " listens on " + port);
						}
					}
				}
			});
		}
		assertThat(problems).as("hosts and ports in %s", ComposeFile.PATH).isEmpty();
	}

	@Test
	void servicesWaitUntilWhatTheyUseIsHealthy() {
		Map<String, ComposeService> services = this.deployment.compose().services();
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.javaServices()) {
			ServiceConfiguration configuration = this.deployment.configuration(service);
			Map<String, String> dependsOn = service.dependsOn();
			service.environment().forEach((variable, value) -> {
				for (HostAndPort target : hostsIn(configuration, variable, service.resolve(value))) {
					if (services.containsKey(target.host())
							&& !"service_healthy".equals(dependsOn.get(target.host()))) {
						problems.add(service.name() + " uses " + target.host() + " (" + variable
								+ ") but does not depend on it with condition: service_healthy");
					}
				}
			});
		}
		for (ComposeService service : services.values()) {
			service.dependsOn().forEach((target, condition) -> {
				if (!services.containsKey(target)) {
					problems.add(service.name() + " depends on " + target + ", which is not a service");
				}
				else if (condition.equals("service_healthy") && services.get(target).healthcheck().isEmpty()) {
					problems.add(service.name() + " waits for " + target + " to be healthy, but " + target
							+ " has no healthcheck");
				}
			});
		}
		assertThat(problems).as("depends_on in %s", ComposeFile.PATH).isEmpty();
	}

	@Test
	void healthChecksProbeTheActuatorHealthEndpointOfEachService() {
		String healthcheck = healthcheckCommand();
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.javaServices()) {
			ServiceConfiguration configuration = this.deployment.configuration(service);
			List<String> test = service.healthcheck();
			if (test.size() != 3 || !test.get(0).equals("CMD") || !test.get(1).equals(healthcheck)) {
				problems
					.add(service.name() + ": healthcheck test should be [CMD, " + healthcheck + ", <url>], is " + test);
				continue;
			}
			URI url = URI.create(test.get(2));
			String port = configuration.effective("management.server.port", service).orElse(serverPort(service));
			String path = configuration.effective("management.endpoints.web.base-path", service).orElse("/actuator")
					+ "/health";
			if (!Set.of("127.0.0.1", "localhost").contains(url.getHost()) || url.getPort() != Integer.parseInt(port)
					|| !path.equals(url.getPath())) {
				problems.add(service.name() + ": healthcheck probes " + url + ", but health is served at http://"
						+ "127.0.0.1:" + port + path);
			}
			if (!configuration.module().dependencies().contains("spring-boot-starter-actuator")) {
				problems.add(service.name() + ": " + configuration.module().directory()
						+ "/pom.xml lacks spring-boot-starter-actuator");
			}
			String include = configuration.isSetBy(service, EXPOSURE)
					? configuration.effective(EXPOSURE, service).orElse("")
					: configuration.yml()
						.entrySet()
						.stream()
						.filter((entry) -> entry.getKey().startsWith(EXPOSURE))
						.map(Map.Entry::getValue)
						.collect(Collectors.joining(","));
			if (!List.of(include.split("\\s*,\\s*")).stream().anyMatch(Set.of("health", "*")::contains)) {
				problems.add(service.name() + ": the health endpoint is not exposed over HTTP" + " (" + EXPOSURE
						+ " is '" + include + "')");
			}
		}
		assertThat(problems).as("health checks in %s", ComposeFile.PATH).isEmpty();
	}

	@Test
	void onlyTheGatewayAndTheConsolesArePublished() {
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.compose().services().values()) {
			List<Integer> published = service.ports().stream().map(PublishedPort::containerPort).toList();
			if (service.name().equals(PUBLIC_SERVICE)) {
				if (!published.equals(List.of(Integer.parseInt(serverPort(service))))) {
					problems.add(PUBLIC_SERVICE + " publishes " + published + ", should publish exactly its"
							+ " server.port " + serverPort(service));
				}
			}
			else if (CONSOLES.containsKey(service.name())) {
				if (!published.equals(List.of(CONSOLES.get(service.name())))) {
					problems.add(service.name() + " publishes " + published + ", should publish only its console "
							+ CONSOLES.get(service.name()));
				}
				service.ports()
					.stream()
					.filter((port) -> !port.hostIp().equals("127.0.0.1"))
					.forEach((port) -> problems.add(service.name() + " publishes its console on all interfaces" + " ("
							+ port + "), should bind it to 127.0.0.1"));
			}
			else if (!published.isEmpty()) {
				problems.add(service.name() + " publishes " + published + "; only " + PUBLIC_SERVICE
						+ " and the consoles " + CONSOLES.keySet() + " are reachable from outside");
			}
		}
		assertThat(problems).as("published ports in %s", ComposeFile.PATH).isEmpty();
	}

	@Test
	void servicesCanBeScaled() {
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.compose().services().values()) {
			if (service.declares("container_name")) {
				problems.add(service.name() + " has a container_name: two projects (or replicas) would clash");
			}
		}
		ComposeService worker = this.deployment.compose().service("media-worker");
		for (String key : List.of("ports", "hostname", "container_name")) {
			if (worker.declares(key)) {
				problems.add("media-worker declares " + key + ": `docker compose up --scale media-worker=4` needs"
						+ " replicas without a fixed port, host name or container name");
			}
		}
		assertThat(problems).as("scaling with %s", ComposeFile.PATH).isEmpty();
	}

	@Test
	void secretsComeFromDotEnvAndEveryVariableIsInTheExample() {
		ComposeFile compose = this.deployment.compose();
		Set<String> used = Interpolation.variables(compose.text());
		Set<String> documented = this.deployment.envExample().values().keySet();
		List<String> problems = new ArrayList<>();
		for (ComposeService service : compose.services().values()) {
			service.environment().forEach((variable, value) -> {
				if (SECRET_VARIABLE.matcher(variable).matches() && Interpolation.onlyVariable(value).isEmpty()) {
					problems.add(service.name() + ": " + variable + " is written into " + ComposeFile.PATH
							+ "; take it from .env as ${NAME}");
				}
			});
		}
		used.stream()
			.filter((variable) -> !documented.contains(variable))
			.forEach((variable) -> problems
				.add(ComposeFile.PATH + " uses ${" + variable + "}, which " + Deployment.ENV_EXAMPLE + " lacks"));
		documented.stream()
			.filter((variable) -> !used.contains(variable))
			.forEach((variable) -> problems
				.add(Deployment.ENV_EXAMPLE + " has " + variable + ", which " + ComposeFile.PATH + " never uses"));
		assertThat(problems).as("variables of %s and %s", ComposeFile.PATH, Deployment.ENV_EXAMPLE).isEmpty();
	}

	private boolean isJavaService(ComposeService service) {
		return this.deployment.javaServices().stream().anyMatch((java) -> java.name().equals(service.name()));
	}

	private String serverPort(ComposeService service) {
		return this.deployment.configuration(service).effective("server.port", service).orElse("8080");
	}

	/** The hosts (and ports, where given) a variable points the service at. */
	private static List<HostAndPort> hostsIn(ServiceConfiguration configuration, String variable, String value) {
		List<HostAndPort> hosts = new ArrayList<>();
		Matcher url = URL_AUTHORITY.matcher(value);
		while (url.find()) {
			hosts.add(new HostAndPort(url.group(1), (url.group(2) != null) ? url.group(2) : ""));
		}
		boolean hostProperty = configuration.bind(variable)
			.property()
			.filter((name) -> name.endsWith(".host"))
			.isPresent();
		if (hosts.isEmpty() && hostProperty) {
			hosts.add(new HostAndPort(value, ""));
		}
		return hosts;
	}

	/**
	 * Variables the image itself reads ({@code ENV} of the Dockerfile's runtime stage).
	 */

	/**
	 * The name under which the Dockerfile installs infra/docker/healthcheck on the PATH.
	 */
	private String healthcheckCommand() {
		return this.deployment.dockerfile()
			.runtime()
			.arguments("COPY")
			.stream()
			.map((copy) -> copy.split("\\s+"))
			.filter((words) -> words.length >= 2 && words[words.length - 2].equals("infra/docker/healthcheck"))
			.map((words) -> words[words.length - 1])
			.filter((target) -> target.startsWith("/usr/local/bin/"))
			.map((target) -> target.substring("/usr/local/bin/".length()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(Dockerfile.PATH
					+ " does not install infra/docker/healthcheck in /usr/local/bin, which the health checks run"));
	}

	private record HostAndPort(String host, String port) {
	}

}
