package io.mediaflow.standalone.deployment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-way module boundaries read from the poms: {@code common} holds contracts only, and
 * the services that store no files (auth-service, api-gateway) reach neither the MinIO
 * client nor OkHttp through any module of ours; only platform-storage brings them, and
 * only media-api and media-worker depend on it.
 */
class ModuleDependenciesTests {

	private static final Set<String> S3_CLIENT_GROUPS = Set.of("io.minio", "com.squareup.okhttp3");

	private final Map<String, PomFile> reactor = reactorModules();

	@Test
	void servicesWithoutFilesCarryNoS3Client() {
		for (String service : List.of("auth-service", "api-gateway")) {
			assertThat(reachableDependencies(service))
				.as("what %s depends on (compile and runtime, through our modules)", service)
				.noneMatch((dependency) -> S3_CLIENT_GROUPS.stream()
					.anyMatch((group) -> dependency.startsWith(group + ":")))
				.doesNotContain("io.mediaflow:mediaflow-platform-storage")
				.contains("io.mediaflow:mediaflow-common", "io.mediaflow:mediaflow-platform");
		}
	}

	@Test
	void servicesThatStoreFilesOptIntoPlatformStorage() {
		for (String service : List.of("media-api", "media-worker")) {
			assertThat(reachableDependencies(service)).as("what %s depends on", service)
				.contains("io.mediaflow:mediaflow-platform-storage", "io.minio:minio");
		}
	}

	@Test
	void commonDependsOnNoOtherModuleOfOursAndNoPlatformLibrary() {
		assertThat(reachableDependencies("mediaflow-common"))
			.noneMatch((dependency) -> dependency.startsWith("io.mediaflow:")
					|| S3_CLIENT_GROUPS.stream().anyMatch((group) -> dependency.startsWith(group + ":"))
					|| dependency.contains("spring-boot-starter-security") || dependency.contains("springdoc"));
	}

	/**
	 * groupId:artifactId of every non-test, non-optional dependency, followed through our
	 * modules.
	 */
	private Set<String> reachableDependencies(String artifactId) {
		Set<String> found = new LinkedHashSet<>();
		Deque<String> modules = new ArrayDeque<>(List.of(artifactId));
		while (!modules.isEmpty()) {
			PomFile pom = this.reactor.get(modules.pop());
			assertThat(pom).as("module %s of the root pom", artifactId).isNotNull();
			for (String dependency : declared(pom)) {
				String artifact = dependency.substring(dependency.indexOf(':') + 1);
				if (found.add(dependency) && this.reactor.containsKey(artifact)) {
					modules.push(artifact);
				}
			}
		}
		return found;
	}

	private static List<String> declared(PomFile pom) {
		List<String> dependencies = new ArrayList<>();
		String xpath = "/project/dependencies/dependency[not(scope='test') and not(optional='true')]";
		List<String> groups = pom.values(xpath + "/groupId");
		List<String> artifacts = pom.values(xpath + "/artifactId");
		for (int i = 0; i < artifacts.size(); i++) {
			dependencies.add(groups.get(i) + ":" + artifacts.get(i));
		}
		return dependencies;
	}

	private static Map<String, PomFile> reactorModules() {
		Map<String, PomFile> modules = new HashMap<>();
		for (String directory : PomFile.load("pom.xml").values("/project/modules/module")) {
			PomFile pom = PomFile.load(directory + "/pom.xml");
			modules.put(pom.text("/project/artifactId"), pom);
		}
		return modules;
	}

}
