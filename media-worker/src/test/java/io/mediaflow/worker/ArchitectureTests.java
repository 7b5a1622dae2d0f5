package io.mediaflow.worker;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.mediaflow.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The package structure of media-worker as docs/decisions.md describes it, checked on its
 * classes.
 */
class ArchitectureTests {

	private static final JavaClasses classes = ArchitectureRules.productionClasses();

	@Test
	void featuresDependOneWayAndCommonAndControllersKeepToTheirPlace() {
		ArchitectureRules.everyService("io.mediaflow.worker").check(classes);
	}

}
