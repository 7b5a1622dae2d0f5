package io.mediaflow.standalone.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * infra/docker/Dockerfile as a list of stages and instructions (comments dropped,
 * continuation lines joined).
 */
final class Dockerfile {

	static final String PATH = "infra/docker/Dockerfile";

	static final String MODULE_ARG = "MODULE";

	private static final Pattern ENV_NAME = Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_]*)=");

	private static final Pattern FIRST_EXEC_WORD = Pattern.compile("^\\[\\s*\"([^\"]+)\"");

	private final List<Stage> stages;

	private Dockerfile(List<Stage> stages) {
		this.stages = stages;
	}

	static Dockerfile load() {
		List<Stage> stages = new ArrayList<>();
		StringBuilder logical = new StringBuilder();
		for (String line : RepositoryFiles.read(PATH).split("\n")) {
			String stripped = line.strip();
			if (stripped.startsWith("#") || (stripped.isEmpty() && logical.isEmpty())) {
				continue;
			}
			if (stripped.endsWith("\\")) {
				logical.append(stripped, 0, stripped.length() - 1).append(' ');
				continue;
			}
			logical.append(stripped);
			add(stages, logical.toString().strip());
			logical.setLength(0);
		}
		return new Dockerfile(stages);
	}

	private static void add(List<Stage> stages, String line) {
		String[] parts = line.split("\\s+", 2);
		Instruction instruction = new Instruction(parts[0].toUpperCase(), (parts.length > 1) ? parts[1] : "");
		if (instruction.keyword().equals("FROM")) {
			String[] from = instruction.arguments().split("\\s+(?i:as)\\s+");
			stages.add(new Stage(from[0].strip(), (from.length > 1) ? from[1].strip() : "", new ArrayList<>()));
		}
		else if (stages.isEmpty()) {
			throw new AssertionError(PATH + ": " + instruction.keyword() + " before the first FROM");
		}
		else {
			stages.get(stages.size() - 1).instructions().add(instruction);
		}
	}

	List<Stage> stages() {
		return this.stages;
	}

	/** The stage the image is made of. */
	Stage runtime() {
		return this.stages.get(this.stages.size() - 1);
	}

	/** Variables the image itself reads (its ENV), such as JAVA_OPTS. */
	Set<String> imageVariables() {
		Set<String> variables = new TreeSet<>();
		for (String env : runtime().arguments("ENV")) {
			Matcher name = ENV_NAME.matcher(env);
			while (name.find()) {
				variables.add(name.group(1));
			}
		}
		return variables;
	}

	/** The command the image's ENTRYPOINT runs: the first word of its exec form. */
	String entrypointCommand() {
		List<String> entrypoints = runtime().arguments("ENTRYPOINT");
		if (entrypoints.isEmpty()) {
			throw new AssertionError(PATH + " has no ENTRYPOINT");
		}
		Matcher first = FIRST_EXEC_WORD.matcher(entrypoints.get(entrypoints.size() - 1));
		if (!first.find()) {
			throw new AssertionError(PATH + ": the ENTRYPOINT is not in the exec form [\"command\", ...]");
		}
		return first.group(1);
	}

	/**
	 * The repository file that a COPY of the runtime stage installs as
	 * {@code /usr/local/bin/<command>}.
	 */
	Optional<String> installedCommand(String command) {
		for (String copy : runtime().arguments("COPY")) {
			String[] words = copy.split("\\s+");
			if (words.length >= 2 && words[words.length - 1].equals("/usr/local/bin/" + command)) {
				return Optional.of(words[words.length - 2]);
			}
		}
		return Optional.empty();
	}

	Optional<Stage> stage(String name) {
		return this.stages.stream().filter((stage) -> stage.name().equals(name)).findFirst();
	}

	/**
	 * A build stage.
	 *
	 * @param image the base image
	 * @param name the {@code AS} name, empty without one
	 * @param instructions everything after the FROM, in order
	 */
	record Stage(String image, String name, List<Instruction> instructions) {

		List<String> arguments(String keyword) {
			return this.instructions.stream()
				.filter((instruction) -> instruction.keyword().equals(keyword))
				.map(Instruction::arguments)
				.toList();
		}

		/** Position of the first instruction with this keyword, -1 without one. */
		int indexOf(String keyword) {
			for (int i = 0; i < this.instructions.size(); i++) {
				if (this.instructions.get(i).keyword().equals(keyword)) {
					return i;
				}
			}
			return -1;
		}

	}

	/**
	 * One instruction, e.g. {@code RUN} with its (joined) arguments.
	 */
	record Instruction(String keyword, String arguments) {
	}

}
