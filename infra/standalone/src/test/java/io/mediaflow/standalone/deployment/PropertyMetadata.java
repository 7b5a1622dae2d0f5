package io.mediaflow.standalone.deployment;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One property from a {@code META-INF/spring-configuration-metadata.json}, as the
 * configuration processor wrote it.
 *
 * @param name canonical name, e.g. {@code mediaflow.storage.access-key}
 * @param type Java type, e.g. {@code java.lang.String}
 * @param defaultValue the default, as text; {@code null} when the processor saw none
 * @param sourceType the class that binds it ({@code @ConfigurationProperties} type), or
 * empty
 */
record PropertyMetadata(String name, String type, @Nullable String defaultValue, String sourceType) {

	static final String LOCATION = "META-INF/spring-configuration-metadata.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static @Nullable List<PropertyMetadata> onClasspath;

	boolean isMap() {
		return this.type.startsWith("java.util.Map<");
	}

	/**
	 * Every property described by a jar or directory on the test classpath (all four
	 * services' dependencies).
	 */
	static synchronized List<PropertyMetadata> onClasspath() {
		if (onClasspath == null) {
			Map<String, PropertyMetadata> byName = new LinkedHashMap<>();
			try {
				for (URL url : Collections.list(PropertyMetadata.class.getClassLoader().getResources(LOCATION))) {
					read(url).forEach((property) -> byName.putIfAbsent(property.name(), property));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			onClasspath = List.copyOf(byName.values());
		}
		return onClasspath;
	}

	/** The properties of one metadata file; none when there is no such file. */
	static List<PropertyMetadata> read(URL url) {
		Map<?, ?> metadata;
		try (InputStream in = url.openStream()) {
			metadata = JSON.readValue(in, Map.class);
		}
		catch (FileNotFoundException ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<PropertyMetadata> properties = new ArrayList<>();
		Object list = metadata.get("properties");
		for (Object entry : (list instanceof List<?> items) ? items : List.of()) {
			Map<?, ?> property = (Map<?, ?>) entry;
			Object defaultValue = property.get("defaultValue");
			properties.add(new PropertyMetadata(String.valueOf(property.get("name")),
					String.valueOf(property.get("type")), (defaultValue != null) ? String.valueOf(defaultValue) : null,
					(property.get("sourceType") != null) ? String.valueOf(property.get("sourceType")) : ""));
		}
		return properties;
	}

}
