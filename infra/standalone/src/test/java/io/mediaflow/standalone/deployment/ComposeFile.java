package io.mediaflow.standalone.deployment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * compose.yaml, parsed (anchors and {@code <<} merge keys resolved), with its
 * {@code ${...}} expressions resolved against .env.example where a value is needed.
 */
final class ComposeFile {

	static final String PATH = "compose.yaml";

	private final String text;

	private final Map<String, Object> root;

	private final EnvFile variables;

	private ComposeFile(String text, Map<String, Object> root, EnvFile variables) {
		this.text = text;
		this.root = root;
		this.variables = variables;
	}

	static ComposeFile load(EnvFile variables) {
		String text = RepositoryFiles.read(PATH);
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		return new ComposeFile(text, root, variables);
	}

	String text() {
		return this.text;
	}

	Map<String, ComposeService> services() {
		Map<String, ComposeService> services = new LinkedHashMap<>();
		section("services").forEach((name, definition) -> services.put(name,
				new ComposeService(name, Yamls.map(definition, "services." + name), this.variables)));
		return services;
	}

	ComposeService service(String name) {
		ComposeService service = services().get(name);
		if (service == null) {
			throw new AssertionError(PATH + " has no service " + name);
		}
		return service;
	}

	/**
	 * A top-level section such as {@code configs} or {@code volumes}; empty when absent.
	 */
	Map<String, Object> section(String name) {
		Object section = this.root.get(name);
		return (section != null) ? Yamls.map(section, name) : Map.of();
	}

}
