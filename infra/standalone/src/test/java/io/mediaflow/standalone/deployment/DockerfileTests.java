package io.mediaflow.standalone.deployment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * infra/docker/Dockerfile against the build: the modules it accepts, how it builds and
 * packs them, and how the image runs them.
 */
class DockerfileTests {

	/** The layers of Spring Boot's default layers.idx, least often changed first. */
	private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
			"application");

	private static final Pattern MODULE_CASE = Pattern
		.compile("case \"\\$\\{" + Dockerfile.MODULE_ARG + "(?::-)?}\" in\\s+([A-Za-z0-9|_-]+)\\)");

	private static final Pattern LOG_DIRECTORY = Pattern
		.compile("source=\"mediaflow\\.logging\\.dir\"\\s+defaultValue=\"([^\"]+)\"");

	/** Where the entrypoint looks for the JDK AOT cache; compose.yaml sets it. */
	private static final String AOT_CACHE_VARIABLE = "MEDIAFLOW_AOT_CACHE";

	/** Measured up to 52 s for one service on the two-core machine (docs/docker.md). */
	private static final Duration AOT_CACHE_WRITING = Duration.ofSeconds(60);

	private static final String APPLICATION_JAR = "/app/app.jar";

	private static final Pattern TMPDIR = Pattern.compile("-Djava\\.io\\.tmpdir=(\\S+)");

	private final Deployment deployment = Deployment.get();

	private final Dockerfile dockerfile = this.deployment.dockerfile();

	@Test
	void acceptsExactlyTheServiceModules() {
		Dockerfile.Stage build = buildStage();
		Matcher choices = MODULE_CASE.matcher(String.join("\n", build.arguments("RUN")));
		assertThat(choices.find())
			.as("%s checks the %s build argument with `case \"${%s:-}\" in a|b|c) ;;`", Dockerfile.PATH,
					Dockerfile.MODULE_ARG, Dockerfile.MODULE_ARG)
			.isTrue();
		Set<String> accepted = new TreeSet<>(Arrays.asList(choices.group(1).split("\\|")));
		Set<String> modules = this.deployment.modules()
			.stream()
			.map(ServiceModule::artifactId)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(accepted)
			.as("modules %s accepts as %s (the service modules of pom.xml are %s)", Dockerfile.PATH,
					Dockerfile.MODULE_ARG, modules)
			.isEqualTo(modules);
		assertThat(build.arguments("ARG")).as("the build stage declares ARG %s", Dockerfile.MODULE_ARG)
			.contains(Dockerfile.MODULE_ARG);
	}

	@Test
	void buildsTheModuleWithTheMavenWrapperAndTakesItsExecutableJar() {
		String run = String.join("\n", buildStage().arguments("RUN"));
		assertThat(run)
			.as("%s builds with the Maven Wrapper, only the chosen module and what it needs", Dockerfile.PATH)
			.contains("./mvnw")
			.contains("-pl \"${" + Dockerfile.MODULE_ARG + "}\" -am package");
		List<String> problems = new ArrayList<>();
		for (ServiceModule module : this.deployment.modules()) {
			if (!run.contains("-" + module.classifier() + ".jar")) {
				problems.add(module.artifactId() + " packages its executable jar with classifier " + module.classifier()
						+ ", which " + Dockerfile.PATH + " does not copy");
			}
		}
		assertThat(problems).as("executable jars").isEmpty();
		assertThat(run)
			.as("the jar is split into layers with Spring Boot's tools jar mode, in the plain form (%s and lib/) that"
					+ " a JDK AOT cache needs", APPLICATION_JAR)
			.contains("-Djarmode=tools")
			.contains("extract --layers --application-filename " + APPLICATION_JAR.substring("/app/".length()))
			.doesNotContain("--launcher");
	}

	@Test
	void copiesTheLayersLeastChangingFirst() {
		List<String> layers = this.dockerfile.runtime()
			.arguments("COPY")
			.stream()
			.filter((copy) -> copy.startsWith("--from=" + buildStage().name()))
			.map((copy) -> copy.replaceAll(".*/layers/([^/\\s]+)/?\\s.*", "$1"))
			.toList();
		assertThat(layers).as("layers copied into the image by %s, in order", Dockerfile.PATH).isEqualTo(LAYERS);
	}

	@Test
	void runsOnAJreOfTheProjectsJavaVersion() {
		String java = ServiceModule.javaVersion();
		assertThat(buildStage().image()).as("build image of %s (java.version in pom.xml is %s)", Dockerfile.PATH, java)
			.startsWith("eclipse-temurin:" + java + "-jdk");
		assertThat(this.dockerfile.runtime().image())
			.as("runtime image of %s (java.version in pom.xml is %s)", Dockerfile.PATH, java)
			.startsWith("eclipse-temurin:" + java + "-jre");
	}

	@Test
	void runsAsANonRootUser() {
		Dockerfile.Stage runtime = this.dockerfile.runtime();
		List<String> users = runtime.arguments("USER");
		assertThat(users).as("USER of the runtime stage of %s", Dockerfile.PATH).isNotEmpty();
		String user = users.get(users.size() - 1).split(":")[0];
		assertThat(user).as("the service's user").isNotIn("root", "0");
		assertThat(runtime.indexOf("USER")).as("USER comes before ENTRYPOINT")
			.isLessThan(runtime.indexOf("ENTRYPOINT"));
	}

	@Test
	void theServiceUserCanWriteItsTempAndLogDirectories() {
		Dockerfile.Stage runtime = this.dockerfile.runtime();
		Matcher tmpdir = TMPDIR.matcher(entrypointScript());
		assertThat(tmpdir.find())
			.as("the entrypoint of %s sets java.io.tmpdir, where OpenCV and ffmpeg unpack" + " their native code",
					Dockerfile.PATH)
			.isTrue();
		Set<String> directories = new TreeSet<>(List.of(tmpdir.group(1)));
		for (ComposeService service : this.deployment.javaServices()) {
			String cache = service.environment().get(AOT_CACHE_VARIABLE);
			if (cache != null) {
				directories.add(cache.substring(0, cache.lastIndexOf('/')));
			}
		}
		List<String> workdirs = runtime.arguments("WORKDIR");
		String workdir = workdirs.isEmpty() ? "/" : workdirs.get(workdirs.size() - 1);
		for (ServiceModule module : this.deployment.modules()) {
			String logs = logDirectoryOf(module);
			directories.add(logs.startsWith("/") ? logs : workdir.replaceFirst("/$", "") + "/" + logs);
		}
		String run = String.join("\n", runtime.arguments("RUN"));
		String user = runtime.arguments("USER").get(0).split(":")[0];
		assertThat(run).as("%s creates its service user with uid %s", Dockerfile.PATH, user)
			.containsPattern("--uid " + Pattern.quote(user) + "\\b");
		List<String> problems = new ArrayList<>();
		for (String directory : directories) {
			String listed = "[^&;|]*\\s" + Pattern.quote(directory) + "(\\s|$)";
			if (!Pattern.compile("mkdir -p" + listed, Pattern.MULTILINE).matcher(run).find()
					|| !Pattern.compile("chown \\S+" + listed, Pattern.MULTILINE).matcher(run).find()) {
				problems.add(directory + " is not created and given to the service's user");
			}
		}
		assertThat(problems)
			.as("writable directories of %s (java.io.tmpdir, each service's mediaflow.logging.dir and the"
					+ " directory of its AOT cache)", Dockerfile.PATH)
			.isEmpty();
	}

	@Test
	void startsTheExtractedJarWithNativeAccessAndAnAotCache() {
		assertThat(entrypointScript()).as("the entrypoint of %s", Dockerfile.PATH)
			.contains("-jar " + APPLICATION_JAR)
			.contains("--enable-native-access=ALL-UNNAMED")
			.contains("-XX:AOTCache=")
			.contains("-XX:AOTCacheOutput=");
	}

	@Test
	void composeKeepsEachServicesAotCacheInAVolumeAndWaitsForItAtStop() {
		Map<String, Object> namedVolumes = this.deployment.compose().section("volumes");
		List<String> problems = new ArrayList<>();
		for (ComposeService service : this.deployment.javaServices()) {
			String cache = service.environment().get(AOT_CACHE_VARIABLE);
			if (cache == null || !cache.startsWith("/")) {
				problems.add(service.name() + " sets no absolute " + AOT_CACHE_VARIABLE);
				continue;
			}
			String directory = cache.substring(0, cache.lastIndexOf('/'));
			boolean inVolume = service.volumes()
				.stream()
				.map((volume) -> volume.split(":"))
				.anyMatch((volume) -> volume.length >= 2 && namedVolumes.containsKey(volume[0])
						&& volume[1].equals(directory));
			if (!inVolume) {
				problems.add(service.name() + " keeps its AOT cache in " + directory
						+ ", which is not a named volume of its own: each container would train one and lose it");
			}
			Duration grace = gracePeriod(String.valueOf(service.definition().getOrDefault("stop_grace_period", "10s")));
			if (grace.compareTo(AOT_CACHE_WRITING) < 0) {
				problems.add(service.name() + " gets " + grace.toSeconds() + " s to stop, less than the "
						+ AOT_CACHE_WRITING.toSeconds() + " s that writing its AOT cache may take");
			}
		}
		assertThat(problems).as("AOT caches of the services in compose.yaml").isEmpty();
	}

	@Test
	void noSecretIsBakedIntoTheImage() {
		List<String> secrets = this.dockerfile.stages()
			.stream()
			.flatMap((stage) -> stage.instructions().stream())
			.filter((instruction) -> Set.of("ENV", "ARG").contains(instruction.keyword()))
			.map(Dockerfile.Instruction::arguments)
			.filter((arguments) -> arguments.matches("(?i).*(password|secret|token|_key).*"))
			.toList();
		assertThat(secrets).as("ENV/ARG of %s that look like secrets: they belong in .env", Dockerfile.PATH).isEmpty();
		assertThat(RepositoryFiles.read(Dockerfile.PATH + ".dockerignore").lines().map(String::strip))
			.as("%s.dockerignore keeps .env out of the build context", Dockerfile.PATH)
			.contains(".env");
	}

	private String entrypointScript() {
		String command = this.dockerfile.entrypointCommand();
		String script = this.dockerfile.installedCommand(command)
			.orElseThrow(() -> new AssertionError(Dockerfile.PATH + ": the ENTRYPOINT runs " + command
					+ ", which no COPY installs in /usr/local/bin"));
		return RepositoryFiles.read(script);
	}

	/** A Compose duration such as {@code 90s}, {@code 2m} or {@code 1m30s}. */
	private static Duration gracePeriod(String value) {
		Matcher parts = Pattern.compile("(\\d+)(h|m|s|ms)").matcher(value);
		Duration duration = Duration.ZERO;
		while (parts.find()) {
			long amount = Long.parseLong(parts.group(1));
			duration = duration.plus(switch (parts.group(2)) {
				case "h" -> Duration.ofHours(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "s" -> Duration.ofSeconds(amount);
				default -> Duration.ofMillis(amount);
			});
		}
		return duration;
	}

	/**
	 * The default of mediaflow.logging.dir in the logback configuration the service's yml
	 * names.
	 */
	private String logDirectoryOf(ServiceModule module) {
		ServiceConfiguration configuration = this.deployment
			.configuration(this.deployment.compose().service(module.artifactId()));
		String config = configuration.yml().getOrDefault("logging.config", "").replaceFirst("^classpath:", "");
		if (config.isEmpty()) {
			return "logs";
		}
		Matcher directory = LOG_DIRECTORY.matcher(RepositoryFiles.classpath(config));
		return directory.find() ? directory.group(1) : "logs";
	}

	private Dockerfile.Stage buildStage() {
		return this.dockerfile.stage("build")
			.orElseThrow(() -> new AssertionError(Dockerfile.PATH + " has no stage named build"));
	}

}
