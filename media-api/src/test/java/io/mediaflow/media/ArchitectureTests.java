package io.mediaflow.media;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.mediaflow.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package structure of media-api as docs/decisions.md describes it, checked on its
 * classes.
 */
class ArchitectureTests {

	private static final JavaClasses classes = ArchitectureRules.productionClasses();

	@Test
	void featuresDependOneWayAndCommonAndControllersKeepToTheirPlace() {
		ArchitectureRules.everyService("io.mediaflow.media").check(classes);
	}

	@Test
	void uploadsAndTasksKnowNothingOfTheFeaturesBuiltOnThem() {
		noClasses().that()
			.resideInAnyPackage("io.mediaflow.media.upload..", "io.mediaflow.media.task..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.mediaflow.media.image..", "io.mediaflow.media.record..",
					"io.mediaflow.media.cancel..", "io.mediaflow.media.webhook..")
			.check(classes);
	}

	@Test
	void tasksAreReadAndWrittenThroughTheirRepositories() {
		noClasses().that()
			.resideInAPackage("io.mediaflow.media.task..")
			.and()
			.areNotAnnotatedWith(Repository.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.check(classes);
	}

}
