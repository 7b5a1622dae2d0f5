package io.mediaflow.standalone.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * infra/postgres/init against the services: each one that has a database logs in with a
 * role the script creates, owning the schemas its Flyway migrations and connections use,
 * with the password compose gives both sides.
 */
class PostgresInitTests {

	private static final String INIT_DIRECTORY = "infra/postgres/init";

	private static final String SCRIPT = INIT_DIRECTORY + "/10-service-roles.sh";

	private static final Pattern JDBC_DATABASE = Pattern.compile("jdbc:postgresql://[^/]+/([A-Za-z0-9_]+)");

	private final Deployment deployment = Deployment.get();

	private final String script = RepositoryFiles.read(SCRIPT);

	private final ComposeService postgres = this.deployment.compose().service("postgres");

	@Test
	void everyServiceWithADatabaseHasItsRoleAndSchemas() {
		List<String> problems = new ArrayList<>();
		int services = 0;
		for (ComposeService service : this.deployment.javaServices()) {
			ServiceConfiguration configuration = this.deployment.configuration(service);
			if (!configuration.isSetBy(service, "spring.datasource.username")) {
				continue;
			}
			services++;
			String role = configuration.effective("spring.datasource.username", service).orElse("");
			Matcher created = Pattern.compile("CREATE ROLE " + Pattern.quote(role) + " LOGIN PASSWORD :'(\\w+)'")
				.matcher(this.script);
			if (!created.find()) {
				problems.add(service.name() + " logs in as " + role + ", which " + SCRIPT + " does not create");
				continue;
			}
			for (String schema : schemasOf(configuration, service)) {
				if (!this.script.contains("CREATE SCHEMA " + schema + " AUTHORIZATION " + role + ";")) {
					problems.add(service.name() + " uses schema " + schema + ", which " + SCRIPT
							+ " does not create owned by " + role);
				}
			}
			String passwordVariable = passwordVariableOf(created.group(1));
			String servicePassword = service.environment().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
			if (!Interpolation.onlyVariable(servicePassword).equals(Optional.of(passwordVariable))
					|| !this.postgres.environment().containsKey(passwordVariable)) {
				problems.add(service.name() + " logs in with SPRING_DATASOURCE_PASSWORD=" + servicePassword + ", but "
						+ SCRIPT + " sets the password of " + role + " from " + passwordVariable
						+ ", which the postgres service must get too");
			}
			String url = configuration.effective("spring.datasource.url", service).orElse("");
			Matcher database = JDBC_DATABASE.matcher(url);
			String postgresDatabase = service.resolve(this.postgres.environment().getOrDefault("POSTGRES_DB", ""));
			if (!database.find() || !database.group(1).equals(postgresDatabase)) {
				problems.add(service.name() + " connects to " + url + ", but the postgres service creates database "
						+ postgresDatabase);
			}
		}
		assertThat(problems).as("service roles of %s", SCRIPT).isEmpty();
		assertThat(services).as("services with a database in %s", ComposeFile.PATH).isPositive();
	}

	@Test
	void theScriptRunsOnFirstStartAndTheDataSurvivesRestarts() {
		List<String> volumes = this.postgres.volumes();
		assertThat(volumes).as("postgres mounts %s as its init directory", INIT_DIRECTORY)
			.anyMatch((volume) -> volume.matches("\\./" + INIT_DIRECTORY + ":/docker-entrypoint-initdb\\.d(:ro)?"));
		Map<String, Object> namedVolumes = this.deployment.compose().section("volumes");
		assertThat(volumes).as("postgres keeps its data in a named volume (one of %s)", namedVolumes.keySet())
			.anyMatch((volume) -> namedVolumes.containsKey(volume.split(":")[0])
					&& volume.split(":")[1].equals("/var/lib/postgresql/data"));
	}

	/** Flyway's schemas, the connection's schema and Hibernate's default schema. */
	private static Set<String> schemasOf(ServiceConfiguration configuration, ComposeService service) {
		Set<String> schemas = new LinkedHashSet<>();
		configuration.effective("spring.flyway.schemas", service)
			.ifPresent((value) -> schemas.addAll(List.of(value.split("\\s*,\\s*"))));
		configuration.effective("spring.datasource.hikari.schema", service).ifPresent(schemas::add);
		Optional.ofNullable(configuration.yml().get("spring.jpa.properties.hibernate.default_schema"))
			.ifPresent(schemas::add);
		schemas.remove("");
		return schemas;
	}

	/**
	 * The environment variable the script passes as a psql variable
	 * ({@code --set=name="$VARIABLE"}).
	 */
	private String passwordVariableOf(String psqlVariable) {
		Matcher set = Pattern.compile("--set=" + Pattern.quote(psqlVariable) + "=\"\\$\\{?(\\w+)}?\"")
			.matcher(this.script);
		if (!set.find()) {
			throw new AssertionError(SCRIPT + " uses :'" + psqlVariable + "' but sets it from no variable");
		}
		return set.group(1);
	}

}
