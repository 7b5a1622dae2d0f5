package io.mediaflow.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stack tests follow the convention that lets them share stacks (docs/decisions.md, "The
 * test pyramid"): each integration test class names its stack with {@link StackTest}, and
 * only {@link TestStack} starts stacks, so that no class starts one of its own beside the
 * shared one, nor slips into {@code ./mvnw test} under a name surefire runs.
 */
class StackTestConventionTests {

	private static final Path SOURCES = Path.of("src", "test", "java");

	/** Tests of a start that fails, and where stacks are started for everyone. */
	private static final Set<String> MAY_START_STACKS = Set.of("TestStack.java",
			"MediaflowStackStartupIntegrationTests.java", "StackTestConventionTests.java");

	@Test
	void everyIntegrationTestClassNamesItsStack() throws IOException {
		assertThat(sources()).filteredOn((file) -> file.getFileName().toString().endsWith("IntegrationTests.java"))
			.isNotEmpty()
			.allSatisfy((file) -> assertThat(Files.readString(file))
				.as("%s: annotate it @StackTest(TestStack.X)", file.getFileName())
				.contains("@StackTest(TestStack."));
	}

	@Test
	void onlyTestStackStartsStacks() throws IOException {
		assertThat(sources()).filteredOn((file) -> !MAY_START_STACKS.contains(file.getFileName().toString()))
			.allSatisfy((file) -> assertThat(Files.readString(file))
				.as("%s: take the stack as a MediaflowStack parameter of @BeforeAll instead of starting one",
						file.getFileName())
				.doesNotContain("MediaflowStack.start("));
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((file) -> file.toString().endsWith(".java")).toList();
		}
	}

}
