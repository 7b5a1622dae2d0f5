package io.mediaflow.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.mediaflow.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package structure of the gateway as docs/decisions.md describes it, checked on its
 * classes.
 */
class ArchitectureTests {

	private static final JavaClasses classes = ArchitectureRules.productionClasses();

	@Test
	void featuresDependOneWayAndCommonAndControllersKeepToTheirPlace() {
		ArchitectureRules.everyService("io.mediaflow.gateway").check(classes);
	}

	@Test
	void credentialChecksDoNotKnowTheRoutes() {
		noClasses().that()
			.resideInAPackage("io.mediaflow.gateway.security..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.mediaflow.gateway.route..")
			.check(classes);
	}

}
