package io.mediaflow.standalone.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The YAML files of a kustomize directory under {@code infra/k8s}, parsed: its
 * {@code kustomization.yaml} and the resources (every document of every other file).
 *
 * @param directory relative to the repository root
 * @param kustomization the parsed kustomization.yaml
 * @param resources every document of the other YAML files, by file name
 */
record KubernetesManifests(String directory, Map<String, Object> kustomization, Map<String, List<Resource>> resources) {

	static final String BASE = "infra/k8s/base";

	static final String LOCAL_OVERLAY = "infra/k8s/overlays/local";

	static KubernetesManifests load(String directory) {
		Path root = RepositoryFiles.path(directory);
		Map<String, List<Resource>> resources = new LinkedHashMap<>();
		Map<String, Object> kustomization = Map.of();
		try (Stream<Path> files = Files.list(root)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".yaml")).sorted().toList()) {
				String name = file.getFileName().toString();
				List<Object> documents = new ArrayList<>();
				new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))
					.forEach(documents::add);
				if (name.equals("kustomization.yaml")) {
					kustomization = Yamls.map(documents.get(0), directory + "/" + name);
					continue;
				}
				List<Resource> parsed = new ArrayList<>();
				for (Object document : documents) {
					if (document != null) {
						parsed.add(new Resource(name, Yamls.map(document, directory + "/" + name)));
					}
				}
				resources.put(name, parsed);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new KubernetesManifests(directory, kustomization, resources);
	}

	List<Resource> all() {
		return this.resources.values().stream().flatMap(List::stream).toList();
	}

	List<Resource> ofKind(String kind) {
		return all().stream().filter((resource) -> resource.kind().equals(kind)).toList();
	}

	Optional<Resource> find(String kind, String name) {
		return ofKind(kind).stream().filter((resource) -> resource.name().equals(name)).findFirst();
	}

	Resource get(String kind, String name) {
		return find(kind, name).orElseThrow(() -> new AssertionError(this.directory + " has no " + kind + " " + name));
	}

	/** A list of file names of the kustomization ({@code resources}, ...). */
	List<String> kustomizationList(String field) {
		Object value = this.kustomization.get(field);
		return (value == null) ? List.of() : Yamls.list(value, field).stream().map((entry) -> {
			if (entry instanceof Map<?, ?> map) {
				return String.valueOf(map.get("path"));
			}
			return String.valueOf(entry);
		}).toList();
	}

	/**
	 * One Kubernetes object.
	 *
	 * @param file the file it is in
	 * @param body the parsed document
	 */
	record Resource(String file, Map<String, Object> body) {

		String kind() {
			return String.valueOf(this.body.get("kind"));
		}

		String name() {
			return String.valueOf(Yamls.map(this.body.getOrDefault("metadata", Map.of()), "metadata").get("name"));
		}

		/** The value at a dotted path of mappings ({@code spec.template.spec}). */
		@Nullable Object at(String path) {
			Object value = this.body;
			for (String key : path.split("\\.")) {
				if (!(value instanceof Map<?, ?> map)) {
					return null;
				}
				value = map.get(key);
			}
			return value;
		}

		Map<String, Object> map(String path) {
			Object value = at(path);
			return (value != null) ? Yamls.map(value, this + "." + path) : Map.of();
		}

		List<Map<String, Object>> maps(String path) {
			Object value = at(path);
			return (value != null) ? Yamls.list(value, this + "." + path)
				.stream()
				.map((entry) -> Yamls.map(entry, this + "." + path))
				.toList() : List.of();
		}

		@Override
		public String toString() {
			return kind() + " " + name() + " (" + this.file + ")";
		}

	}

}
