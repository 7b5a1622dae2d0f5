package io.mediaflow.standalone.deployment;

import java.util.List;

/**
 * A Maven module that is a deployable service: it repackages an executable jar under a
 * classifier (the plain jar stays the library that the standalone launcher puts on its
 * classpath).
 *
 * @param directory the module's directory, relative to the repository root
 * @param artifactId the module's artifactId, also the service's name and the name of its
 * configuration file
 * @param classifier classifier of the executable jar
 * ({@code <artifactId>-<version>-<classifier>.jar})
 * @param dependencies artifactIds of its declared dependencies
 */
record ServiceModule(String directory, String artifactId, String classifier, List<String> dependencies) {

	private static final String BOOT_PLUGIN = "/project/build/plugins/plugin[artifactId='spring-boot-maven-plugin']";

	/** Every service module listed in the root pom, in its order. */
	static List<ServiceModule> discover() {
		return PomFile.load("pom.xml")
			.values("/project/modules/module")
			.stream()
			.map((directory) -> PomFile.load(directory + "/pom.xml"))
			.filter((pom) -> !pom.text(BOOT_PLUGIN + "/configuration/classifier").isEmpty())
			.map((pom) -> new ServiceModule(pom.path().replaceFirst("/pom\\.xml$", ""), pom.text("/project/artifactId"),
					pom.text(BOOT_PLUGIN + "/configuration/classifier"),
					pom.values("/project/dependencies/dependency/artifactId")))
			.toList();
	}

	/**
	 * The Java release every module compiles for ({@code java.version} of the root pom).
	 */
	static String javaVersion() {
		return PomFile.load("pom.xml").text("/project/properties/java.version");
	}

	/** decisions.md: every service reads a configuration file named after it. */
	String configFile() {
		return this.artifactId + ".yml";
	}

}
