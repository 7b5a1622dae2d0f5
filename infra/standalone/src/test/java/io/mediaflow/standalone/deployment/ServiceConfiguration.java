package io.mediaflow.standalone.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * What one service can be configured with: its yml file, the {@code mediaflow.*}
 * properties classes it binds (its own, plus those the platform modules it depends on
 * enable), and the Spring Boot and Spring Cloud properties of the areas it uses.
 * Environment variables are matched to properties by Spring Boot's own relaxed binding.
 */
final class ServiceConfiguration {

	/** Areas every Spring Boot web service has, whatever its yml says. */
	private static final Set<String> COMMON_AREAS = Set.of("server", "management", "logging", "debug", "trace",
			"spring.application", "spring.main", "spring.profiles", "spring.config", "spring.lifecycle",
			"spring.threads", "spring.jmx");

	private final ServiceModule module;

	private final Map<String, String> yml;

	private final Set<String> boundTypes;

	private final Map<String, Binding> bindings = new HashMap<>();

	private ServiceConfiguration(ServiceModule module, Map<String, String> yml, Set<String> boundTypes) {
		this.module = module;
		this.yml = yml;
		this.boundTypes = boundTypes;
	}

	static ServiceConfiguration load(ServiceModule module) {
		URL yml = ServiceConfiguration.class.getClassLoader().getResource(module.configFile());
		if (yml == null) {
			throw new AssertionError(module.configFile() + " of " + module.artifactId() + " is not on the classpath");
		}
		String root = yml.toString().substring(0, yml.toString().length() - module.configFile().length());
		Set<String> boundTypes = new LinkedHashSet<>();
		try {
			PropertyMetadata.read(new URL(root + PropertyMetadata.LOCATION))
				.forEach((property) -> boundTypes.add(property.sourceType()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boundTypes.addAll(typesEnabledBy(classesIn(root)));
		boundTypes.addAll(typesEnabledBy(mediaflowAutoConfigurations(module)));
		return new ServiceConfiguration(module, flatten(yml), boundTypes);
	}

	String name() {
		return this.module.artifactId();
	}

	ServiceModule module() {
		return this.module;
	}

	/**
	 * The service's yml file, flattened ({@code spring.datasource.url}, {@code list[0]}).
	 */
	Map<String, String> yml() {
		return this.yml;
	}

	/** The {@code mediaflow.*} properties this service binds. */
	List<PropertyMetadata> mediaflowProperties() {
		return PropertyMetadata.onClasspath()
			.stream()
			.filter((property) -> property.name().startsWith("mediaflow.")
					&& this.boundTypes.contains(property.sourceType()))
			.toList();
	}

	/** How an environment variable binds in this service. */
	synchronized Binding bind(String variable) {
		return this.bindings.computeIfAbsent(variable, this::resolveBinding);
	}

	/**
	 * The value a property gets in the container: from compose.yaml, else the yml file,
	 * else its default.
	 */
	Optional<String> effective(String property, ComposeService service) {
		for (Map.Entry<String, String> variable : service.environment().entrySet()) {
			if (bind(variable.getKey()).property().filter(property::equals).isPresent()) {
				return Optional.of(service.resolve(variable.getValue()));
			}
		}
		if (this.yml.containsKey(property)) {
			return Optional.of(this.yml.get(property));
		}
		return PropertyMetadata.onClasspath()
			.stream()
			.filter((candidate) -> candidate.name().equals(property))
			.map(PropertyMetadata::defaultValue)
			.filter(Objects::nonNull)
			.findFirst();
	}

	/** Whether compose.yaml sets the property through some environment variable. */
	boolean isSetBy(ComposeService service, String property) {
		return service.environment()
			.keySet()
			.stream()
			.anyMatch((variable) -> bind(variable).property().filter(property::equals).isPresent());
	}

	private Binding resolveBinding(String variable) {
		ConfigurationPropertySource source = Objects
			.requireNonNull(ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value"))));
		List<PropertyMetadata> matches = PropertyMetadata.onClasspath()
			.stream()
			.filter((property) -> sets(source, property))
			.toList();
		Optional<PropertyMetadata> bound = matches.stream().filter(this::binds).findFirst();
		if (bound.isPresent()) {
			return Binding.to(bound.get().name());
		}
		if (matches.isEmpty()) {
			return Binding.failure(variable + " sets no configuration property known to Spring Boot, Spring Cloud or"
					+ " Mediaflow (checked every spring-configuration-metadata.json on the classpath)");
		}
		PropertyMetadata match = matches.get(0);
		if (match.name().startsWith("mediaflow.")) {
			return Binding.failure(variable + " sets " + match.name() + ", which " + name()
					+ " does not bind (it binds " + this.boundTypes + ")");
		}
		return Binding.failure(variable + " sets " + match.name() + ", but " + name() + " uses nothing under "
				+ area(match.name()) + " (" + this.module.configFile() + " configures nothing there)");
	}

	private boolean binds(PropertyMetadata property) {
		if (property.name().startsWith("mediaflow.")) {
			return this.boundTypes.contains(property.sourceType());
		}
		String area = area(property.name());
		return COMMON_AREAS.contains(area) || this.yml.keySet().stream().anyMatch((key) -> area(key).equals(area));
	}

	private static boolean sets(ConfigurationPropertySource source, PropertyMetadata property) {
		ConfigurationPropertyName name = ConfigurationPropertyName.ofIfValid(property.name());
		if (name == null) {
			return false;
		}
		return source.getConfigurationProperty(name) != null
				|| (property.isMap() && source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT);
	}

	/**
	 * {@code spring.datasource.url -> spring.datasource}, {@code server.port -> server}.
	 */
	static String area(String property) {
		String[] parts = property.split("\\.");
		return (parts[0].equals("spring") && parts.length > 1) ? parts[0] + "." + parts[1] : parts[0];
	}

	private static Map<String, String> flatten(URL yml) {
		YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
		factory.setResources(new UrlResource(yml));
		Properties properties = Objects.requireNonNull(factory.getObject());
		Map<String, String> flat = new TreeMap<>();
		properties.forEach((key, value) -> flat.put(String.valueOf(key), String.valueOf(value)));
		return flat;
	}

	/**
	 * Classes that the service's modules of ours (platform, platform-storage, ...)
	 * auto-configure into it (their AutoConfiguration.imports), followed through the
	 * modules it depends on.
	 */
	private static List<Resource> mediaflowAutoConfigurations(ServiceModule module) {
		Map<String, String> directories = new HashMap<>();
		for (String directory : PomFile.load("pom.xml").values("/project/modules/module")) {
			directories.put(PomFile.load(directory + "/pom.xml").text("/project/artifactId"), directory);
		}
		List<Resource> classes = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		ArrayDeque<String> pending = new ArrayDeque<>(module.dependencies());
		while (!pending.isEmpty()) {
			String directory = directories.get(pending.pop());
			if (directory == null || !seen.add(directory)) {
				continue;
			}
			pending.addAll(PomFile.load(directory + "/pom.xml").values("/project/dependencies/dependency/artifactId"));
			Path imports = RepositoryFiles.path(directory + "/src/main/resources/META-INF/spring/"
					+ AutoConfiguration.class.getName() + ".imports");
			if (Files.isRegularFile(imports)) {
				RepositoryFiles.read(RepositoryFiles.path("").relativize(imports).toString())
					.lines()
					.map(String::strip)
					.filter((line) -> line.startsWith("io.mediaflow."))
					.forEach((line) -> classes.add(new ClassPathResource(line.replace('.', '/') + ".class")));
			}
		}
		return classes;
	}

	private static List<Resource> classesIn(String root) {
		try {
			return List.of(new PathMatchingResourcePatternResolver().getResources(root + "io/mediaflow/**/*.class"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> typesEnabledBy(List<Resource> classes) {
		Set<String> types = new LinkedHashSet<>();
		SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory();
		try {
			for (Resource resource : classes) {
				AnnotationMetadata annotations = readers.getMetadataReader(resource).getAnnotationMetadata();
				Map<String, Object> enabled = annotations
					.getAnnotationAttributes(EnableConfigurationProperties.class.getName(), true);
				if (enabled != null) {
					types.addAll(List.of((String[]) enabled.get("value")));
				}
				if (annotations.hasAnnotation(ConfigurationProperties.class.getName())) {
					types.add(annotations.getClassName());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return types;
	}

	/**
	 * The property an environment variable sets in a service, or why it sets none.
	 */
	record Binding(Optional<String> property, String problem) {

		static Binding to(String property) {
			return new Binding(Optional.of(property), "");
		}

		static Binding failure(String problem) {
			return new Binding(Optional.empty(), problem);
		}

	}

}
