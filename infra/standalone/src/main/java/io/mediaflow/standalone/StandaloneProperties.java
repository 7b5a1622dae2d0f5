package io.mediaflow.standalone;

import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the standalone run's settings above a service's own configuration file, once that
 * file is loaded and before logging starts, so that ports, connections and log locations
 * all follow the launcher.
 */
final class StandaloneProperties implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	/** After config files are read (+10), before logging is initialised (+20). */
	private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 15;

	private final Map<String, Object> properties;

	StandaloneProperties(Map<String, Object> properties) {
		this.properties = Map.copyOf(properties);
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		event.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("mediaflowStandalone", this.properties));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
