package io.mediaflow.standalone.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * A service's OpenAPI document, as the gateway serves it.
 */
record OpenApiSpec(String service, JsonNode document) {

	Optional<JsonNode> operation(String method, String path) {
		JsonNode operation = this.document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
		return operation.isObject() ? Optional.of(operation) : Optional.empty();
	}

	List<String> paths() {
		return new ArrayList<>(this.document.path("paths").propertyNames());
	}

	/** Its own security requirements, or the document's when it declares none. */
	boolean requiresCredentials(JsonNode operation) {
		JsonNode security = operation.has("security") ? operation.get("security") : this.document.path("security");
		return security.isArray() && !security.isEmpty();
	}

	/** Every property name of every schema in components, by schema name. */
	List<String> schemaPropertyNames() {
		List<String> names = new ArrayList<>();
		for (Map.Entry<String, JsonNode> schema : this.document.path("components").path("schemas").properties()) {
			schema.getValue()
				.path("properties")
				.propertyNames()
				.forEach((name) -> names.add(schema.getKey() + "." + name));
		}
		return names;
	}

}
