package io.mediaflow.testing;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every service's {@code ArchitectureTests} checks: feature packages depend on
 * each other one way only, {@code common} depends on no service, and a controller uses
 * the repositories of its own feature only.
 */
public final class ArchitectureRules {

	private static final String REPOSITORY = "org.springframework.stereotype.Repository";

	private static final String CONTROLLER = "org.springframework.web.bind.annotation.RestController";

	private ArchitectureRules() {
	}

	/**
	 * The production classes of common and of the service whose classes are on the path.
	 */
	public static JavaClasses productionClasses() {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.mediaflow");
	}

	/**
	 * What holds in every service: {@link #featuresFreeOfCycles},
	 * {@link #commonDependsOnNoService} and
	 * {@link #controllersUseOnlyTheirOwnRepositories}.
	 */
	public static ArchRule everyService(String servicePackage) {
		return CompositeArchRule.of(featuresFreeOfCycles(servicePackage))
			.and(commonDependsOnNoService())
			.and(controllersUseOnlyTheirOwnRepositories());
	}

	/**
	 * No loop between the feature packages under {@code servicePackage} (each direct
	 * sub-package with what is below it is one feature).
	 */
	public static ArchRule featuresFreeOfCycles(String servicePackage) {
		return slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles();
	}

	/** {@code common} holds contracts the services share; it knows none of them. */
	public static ArchRule commonDependsOnNoService() {
		return noClasses().that()
			.resideInAPackage("io.mediaflow.common..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.mediaflow.auth..", "io.mediaflow.media..", "io.mediaflow.gateway..",
					"io.mediaflow.worker..");
	}

	/**
	 * A controller reads and writes the tables of its own feature; another feature's data
	 * comes through that feature's services or events.
	 */
	public static ArchRule controllersUseOnlyTheirOwnRepositories() {
		return classes().that()
			.areAnnotatedWith(CONTROLLER)
			.should(useOnlyRepositoriesOfTheirPackage())
			.allowEmptyShould(true);
	}

	private static ArchCondition<JavaClass> useOnlyRepositoriesOfTheirPackage() {
		return new ArchCondition<>("use only the repositories of their own package") {

			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				for (Dependency dependency : controller.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (target.isAnnotatedWith(REPOSITORY)
							&& !target.getPackageName().equals(controller.getPackageName())) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}

		};
	}

}
