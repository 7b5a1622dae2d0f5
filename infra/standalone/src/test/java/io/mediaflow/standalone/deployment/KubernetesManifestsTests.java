package io.mediaflow.standalone.deployment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.mediaflow.common.messaging.Messaging;
import io.mediaflow.standalone.deployment.KubernetesManifests.Resource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * infra/k8s against the code, without a cluster: every YAML parses and every file is
 * used, each service module is a Deployment whose ports, probes and environment match its
 * configuration (every variable sets a property of that service, its ConfigMap and Secret
 * keys exist, secrets come from the Secret), Services, Ingress, autoscalers and
 * disruption budgets point at what exists, KEDA watches the job queues the code declares,
 * and a worker's grace period outlasts its shutdown timeout.
 */
class KubernetesManifestsTests {

	private static final String CONFIG_MAP = "mediaflow-config";

	private static final String SECRET = "mediaflow-secrets";

	private static final Pattern SECRET_VARIABLE = Pattern.compile(".*(PASSWORD|SECRET|ACCESS_KEY|TOKEN|URI$).*");

	private static final Pattern LOCAL_ADDRESS = Pattern.compile("\\blocalhost\\b|//127\\.0\\.0\\.1\\b");

	private static final Pattern HTTP_URL = Pattern.compile("^https?://([a-z0-9.-]+):(\\d+)");

	private static final Set<String> IMAGE_VARIABLES = Dockerfile.load().imageVariables();

	private final Deployment deployment = Deployment.get();

	private final KubernetesManifests base = KubernetesManifests.load(KubernetesManifests.BASE);

	private final KubernetesManifests local = KubernetesManifests.load(KubernetesManifests.LOCAL_OVERLAY);

	@Test
	void everyFileIsUsedAndEveryDocumentIsAKubernetesObject() {
		for (KubernetesManifests manifests : List.of(this.base, this.local)) {
			Set<String> used = new TreeSet<>(manifests.kustomizationList("resources"));
			used.addAll(manifests.kustomizationList("patches"));
			assertThat(used).as("files of %s/kustomization.yaml", manifests.directory())
				.containsAll(manifests.resources().keySet());
			for (String file : used) {
				assertThat(file.startsWith("../") || manifests.resources().containsKey(file))
					.as("%s/kustomization.yaml names %s, which is missing", manifests.directory(), file)
					.isTrue();
			}
			assertThat(manifests.all()).allSatisfy((resource) -> {
				assertThat(resource.body()).as(resource.file()).containsKeys("apiVersion", "kind", "metadata");
				assertThat(resource.name()).as(resource.file()).isNotBlank().isNotEqualTo("null");
			});
		}
		assertThat(this.local.kustomizationList("resources")).contains("../../base");
	}

	@Test
	void everyServiceModuleIsADeploymentOfItsImage() {
		Set<String> modules = this.deployment.modules()
			.stream()
			.map(ServiceModule::artifactId)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(this.base.ofKind("Deployment").stream().map(Resource::name).toList())
			.containsExactlyInAnyOrderElementsOf(modules);
		for (String module : modules) {
			Map<String, Object> container = container(module);
			assertThat(String.valueOf(container.get("image"))).as(module + "'s image")
				.startsWith("mediaflow/" + module + ":");
		}
		List<String> imageNames = Yamls.list(this.local.kustomization().get("images"), "images")
			.stream()
			.map((image) -> String.valueOf(Yamls.map(image, "images").get("name")))
			.toList();
		assertThat(imageNames).as("images the local overlay takes from its registry")
			.containsExactlyInAnyOrderElementsOf(modules.stream().map((module) -> "mediaflow/" + module).toList());
	}

	@Test
	void containerPortsAndProbesAreThoseOfTheServiceConfiguration() {
		List<String> problems = new ArrayList<>();
		for (ServiceModule module : this.deployment.modules()) {
			ServiceConfiguration configuration = this.deployment.configuration(module);
			Map<String, String> yml = configuration.yml();
			int serverPort = Integer.parseInt(yml.get("server.port"));
			int managementPort = Integer.parseInt(yml.getOrDefault("management.server.port", yml.get("server.port")));
			Map<String, Integer> ports = containerPorts(module.artifactId());
			if (!Objects.equals(ports.get("management"), managementPort)) {
				problems.add(module.artifactId() + ": port 'management' is " + ports.get("management") + ", the code's"
						+ " management port is " + managementPort);
			}
			if (managementPort != serverPort && !Objects.equals(ports.get("http"), serverPort)) {
				problems.add(module.artifactId() + ": port 'http' is " + ports.get("http") + ", server.port is "
						+ serverPort);
			}
			if (!"true".equals(yml.get("management.endpoint.health.probes.enabled"))) {
				problems.add(module.artifactId() + ": " + module.configFile()
						+ " does not enable the liveness and readiness groups (management.endpoint.health.probes.enabled)");
			}
			String basePath = yml.getOrDefault("management.endpoints.web.base-path", "/actuator");
			Map<String, Object> container = container(module.artifactId());
			for (Map.Entry<String, String> probe : Map
				.of("startupProbe", "liveness", "livenessProbe", "liveness", "readinessProbe", "readiness")
				.entrySet()) {
				Map<String, Object> httpGet = Yamls
					.map(Yamls.map(container.getOrDefault(probe.getKey(), Map.of()), probe.getKey())
						.getOrDefault("httpGet", Map.of()), probe.getKey());
				String expected = basePath + "/health/" + probe.getValue();
				if (!expected.equals(httpGet.get("path")) || !"management".equals(httpGet.get("port"))) {
					problems.add(module.artifactId() + ": " + probe.getKey() + " is " + httpGet + ", not " + expected
							+ " on the management port");
				}
			}
		}
		assertThat(problems).as("ports and probes of %s", KubernetesManifests.BASE).isEmpty();
	}

	@Test
	void everyEnvironmentVariableSetsAPropertyOfItsServiceFromKeysThatExist() {
		Map<String, Object> configMap = this.base.get("ConfigMap", CONFIG_MAP).map("data");
		Map<String, Object> secret = this.base.get("Secret", SECRET).map("stringData");
		List<String> problems = new ArrayList<>();
		for (ServiceModule module : this.deployment.modules()) {
			ServiceConfiguration configuration = this.deployment.configuration(module);
			for (Map<String, Object> variable : env(module.artifactId())) {
				String name = String.valueOf(variable.get("name"));
				ServiceConfiguration.Binding binding = configuration.bind(name);
				if (binding.property().isEmpty() && !IMAGE_VARIABLES.contains(name)) {
					problems.add(module.artifactId() + ": " + binding.problem());
				}
				Map<String, Object> from = Yamls.map(variable.getOrDefault("valueFrom", Map.of()), name);
				Optional<String> configKey = reference(from, "configMapKeyRef", CONFIG_MAP);
				Optional<String> secretKey = reference(from, "secretKeyRef", SECRET);
				if (configKey.isPresent() && !configMap.containsKey(configKey.get())) {
					problems.add(module.artifactId() + ": " + name + " reads key " + configKey.get()
							+ ", which ConfigMap " + CONFIG_MAP + " lacks");
				}
				if (secretKey.isPresent() && !secret.containsKey(secretKey.get())) {
					problems.add(module.artifactId() + ": " + name + " reads key " + secretKey.get() + ", which Secret "
							+ SECRET + " lacks");
				}
				if (configKey.isEmpty() && secretKey.isEmpty()) {
					problems.add(
							module.artifactId() + ": " + name + " comes from neither " + CONFIG_MAP + " nor " + SECRET);
				}
				if (SECRET_VARIABLE.matcher(name).matches() && secretKey.isEmpty() && !name.endsWith("_URI")) {
					problems.add(module.artifactId() + ": " + name + " is a secret; read it from Secret " + SECRET);
				}
			}
		}
		assertThat(problems).as("environment of the Deployments in %s", KubernetesManifests.BASE).isEmpty();
	}

	@Test
	void requiredPropertiesAreSetAndNothingPointsAtLocalhost() {
		Map<String, Object> configMap = this.base.get("ConfigMap", CONFIG_MAP).map("data");
		List<String> problems = new ArrayList<>();
		for (ServiceModule module : this.deployment.modules()) {
			ServiceConfiguration configuration = this.deployment.configuration(module);
			Set<String> set = new LinkedHashSet<>();
			env(module.artifactId()).forEach((variable) -> configuration.bind(String.valueOf(variable.get("name")))
				.property()
				.ifPresent(set::add));
			configuration.mediaflowProperties()
				.stream()
				.filter((property) -> property.defaultValue() == null
						&& Set.of("java.lang.String", "java.net.URI", "java.net.URL").contains(property.type()))
				.filter((property) -> !configuration.yml().containsKey(property.name()))
				.filter((property) -> !set.contains(property.name()))
				.forEach((property) -> problems.add(module.artifactId() + " needs " + property.name()
						+ ": no default, not in " + module.configFile() + ", not set by its Deployment"));
			configuration.yml().forEach((property, value) -> {
				if (LOCAL_ADDRESS.matcher(value).find() && !set.contains(property)) {
					problems.add(module.artifactId() + ": " + property + " is " + value + " in " + module.configFile()
							+ "; in a pod that is the pod itself");
				}
			});
		}
		configMap.forEach((key, value) -> {
			if (LOCAL_ADDRESS.matcher(String.valueOf(value)).find()) {
				problems.add("ConfigMap key " + key + " points at localhost: " + value);
			}
		});
		assertThat(problems).as("settings of %s", KubernetesManifests.BASE).isEmpty();
	}

	@Test
	void urlsBetweenServicesNameServicesOnPortsTheirPodsListenOn() {
		Map<String, Object> configMap = this.base.get("ConfigMap", CONFIG_MAP).map("data");
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, Object> entry : configMap.entrySet()) {
			Matcher url = HTTP_URL.matcher(String.valueOf(entry.getValue()));
			if (!url.find() || entry.getKey().startsWith("MEDIAFLOW_STORAGE")) {
				continue;
			}
			Optional<Resource> service = this.base.find("Service", url.group(1));
			if (service.isEmpty()) {
				problems.add(entry.getKey() + " names host " + url.group(1) + ", which is no Service of the base");
				continue;
			}
			int port = Integer.parseInt(url.group(2));
			boolean served = service.get()
				.maps("spec.ports")
				.stream()
				.anyMatch((servicePort) -> Objects.equals(servicePort.get("port"), port)
						&& containerPorts(url.group(1)).get(String.valueOf(servicePort.get("targetPort"))) != null);
			if (!served) {
				problems.add(entry.getKey() + ": Service " + url.group(1) + " has no port " + port
						+ " whose targetPort its pods declare");
			}
		}
		for (Resource service : this.base.ofKind("Service")) {
			Map<String, Object> selector = service.map("spec.selector");
			Optional<Resource> target = this.base.find("Deployment", service.name());
			if (target.isEmpty() || !selector.equals(target.get().map("spec.template.metadata.labels"))) {
				problems.add(service + " selects " + selector + ", the labels of no Deployment's pods");
				continue;
			}
			service.maps("spec.ports").forEach((port) -> {
				if (containerPorts(service.name()).get(String.valueOf(port.get("targetPort"))) == null) {
					problems.add(service + ": targetPort " + port.get("targetPort") + " is no named container port");
				}
			});
		}
		for (Map<String, Object> rule : this.base.get("Ingress", "mediaflow").maps("spec.rules")) {
			for (Object path : Yamls.list(Yamls.map(rule.get("http"), "http").get("paths"), "paths")) {
				Map<String, Object> backend = Yamls
					.map(Yamls.map(Yamls.map(path, "path").get("backend"), "backend").get("service"), "service");
				assertThat(backend.get("name")).as("the Ingress leads to the gateway").isEqualTo("api-gateway");
				String portName = String.valueOf(Yamls.map(backend.get("port"), "port").get("name"));
				assertThat(this.base.get("Service", "api-gateway").maps("spec.ports"))
					.anyMatch((port) -> portName.equals(port.get("name")));
			}
		}
		assertThat(problems).as("addresses in %s", KubernetesManifests.BASE).isEmpty();
	}

	@Test
	void workersScaleOnTheJobQueuesOfTheCodeAndApiAndGatewayOnCpu() {
		Resource scaled = this.base.get("ScaledObject", "media-worker");
		assertThat(scaled.map("spec.scaleTargetRef").get("name")).isEqualTo("media-worker");
		List<Map<String, Object>> triggers = scaled.maps("spec.triggers");
		assertThat(triggers).allSatisfy((trigger) -> {
			assertThat(trigger.get("type")).isEqualTo("rabbitmq");
			Map<String, Object> authentication = Yamls.map(trigger.get("authenticationRef"), "authenticationRef");
			Resource auth = this.base.get("TriggerAuthentication", String.valueOf(authentication.get("name")));
			assertThat(auth.maps("spec.secretTargetRef")).allSatisfy((reference) -> {
				assertThat(reference.get("name")).isEqualTo(SECRET);
				assertThat(this.base.get("Secret", SECRET).map("stringData"))
					.containsKey((String) reference.get("key"));
			});
		});
		assertThat(triggers.stream().map((trigger) -> Yamls.map(trigger.get("metadata"), "metadata").get("queueName")))
			.containsExactlyInAnyOrder(Messaging.IMAGE_JOBS_QUEUE, Messaging.AUDIO_JOBS_QUEUE);

		Map<String, Object> hpaTargets = new LinkedHashMap<>();
		for (Resource hpa : this.base.ofKind("HorizontalPodAutoscaler")) {
			hpaTargets.put(String.valueOf(hpa.map("spec.scaleTargetRef").get("name")), hpa.maps("spec.metrics"));
			assertThat(hpa.maps("spec.metrics")).as(hpa.toString())
				.anyMatch((metric) -> "cpu".equals(Yamls.map(metric.get("resource"), "resource").get("name")));
		}
		assertThat(hpaTargets.keySet()).containsExactlyInAnyOrder("media-api", "api-gateway");
		for (Resource deployment : this.base.ofKind("Deployment")) {
			Map<String, Object> resources = Yamls.map(container(deployment.name()).get("resources"), "resources");
			assertThat(Yamls.map(resources.get("requests"), "requests")).as(deployment + " requests")
				.containsKeys("cpu", "memory");
			assertThat(Yamls.map(resources.get("limits"), "limits")).as(deployment + " limits")
				.containsKeys("cpu", "memory");
		}
	}

	@Test
	void everyDeploymentHasADisruptionBudgetAndTheWorkerOutlastsItsShutdownTimeout() {
		for (Resource deployment : this.base.ofKind("Deployment")) {
			Resource budget = this.base.get("PodDisruptionBudget", deployment.name());
			assertThat(budget.map("spec.selector.matchLabels")).as(budget.toString())
				.isEqualTo(deployment.map("spec.template.metadata.labels"));
		}
		ServiceConfiguration worker = this.deployment.configuration(this.deployment.module("media-worker"));
		String configured = String
			.valueOf(this.base.get("ConfigMap", CONFIG_MAP).map("data").get("MEDIAFLOW_WORKER_SHUTDOWN_TIMEOUT"));
		assertThat(env("media-worker"))
			.anyMatch((variable) -> "MEDIAFLOW_WORKER_SHUTDOWN_TIMEOUT".equals(variable.get("name")));
		assertThat(worker.bind("MEDIAFLOW_WORKER_SHUTDOWN_TIMEOUT").property())
			.contains("mediaflow.worker.shutdown.timeout");
		Duration timeout = DurationStyle.detectAndParse(configured);
		Object grace = this.base.get("Deployment", "media-worker")
			.at("spec.template.spec.terminationGracePeriodSeconds");
		assertThat(((Number) Objects.requireNonNull(grace)).longValue())
			.as("terminationGracePeriodSeconds of media-worker against its shutdown timeout %s", timeout)
			.isGreaterThan(timeout.toSeconds());
	}

	@Test
	void theLocalOverlayPatchesOnlyWhatTheBaseHasAndKeepsItsSecretsOutOfGit() {
		for (Resource patch : this.local.resources().getOrDefault("local-settings.yaml", List.of())) {
			assertThat(this.base.find(patch.kind(), patch.name())).as("the base has the patched %s", patch).isPresent();
		}
		Set<String> keys = new TreeSet<>(this.base.get("Secret", SECRET).map("stringData").keySet());
		Set<String> example = RepositoryFiles.read(KubernetesManifests.LOCAL_OVERLAY + "/secrets.env.example")
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.substring(0, line.indexOf('=')))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(example).as("secrets.env.example lists the keys of Secret %s", SECRET).isEqualTo(keys);
		assertThat(RepositoryFiles.read(".gitignore")).contains(KubernetesManifests.LOCAL_OVERLAY + "/secrets.env");
	}

	private Map<String, Object> container(String deployment) {
		List<Map<String, Object>> containers = this.base.get("Deployment", deployment)
			.maps("spec.template.spec.containers");
		assertThat(containers).as("containers of " + deployment).hasSize(1);
		return containers.get(0);
	}

	private Map<String, Integer> containerPorts(String deployment) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		for (Object port : Yamls.list(container(deployment).getOrDefault("ports", List.of()), "ports")) {
			Map<String, Object> entry = Yamls.map(port, "port");
			ports.put(String.valueOf(entry.get("name")), ((Number) entry.get("containerPort")).intValue());
		}
		return ports;
	}

	private List<Map<String, Object>> env(String deployment) {
		return Yamls.list(container(deployment).getOrDefault("env", List.of()), "env")
			.stream()
			.map((variable) -> Yamls.map(variable, "env"))
			.toList();
	}

	private static Optional<String> reference(Map<String, Object> valueFrom, String kind, String expectedName) {
		if (!valueFrom.containsKey(kind)) {
			return Optional.empty();
		}
		Map<String, Object> reference = Yamls.map(valueFrom.get(kind), kind);
		assertThat(reference.get("name")).as(kind).isEqualTo(expectedName);
		return Optional.of(String.valueOf(reference.get("key")));
	}

}
