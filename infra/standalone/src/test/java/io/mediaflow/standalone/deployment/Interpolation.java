package io.mediaflow.standalone.deployment;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker Compose's {@code ${NAME}}, {@code ${NAME:-default}} and {@code ${NAME:?message}}
 * expressions.
 */
final class Interpolation {

	private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

	private static final Pattern WHOLE_REFERENCE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::?[-?][^}]*)?}");

	private Interpolation() {
	}

	/** The variables a text refers to. */
	static Set<String> variables(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = EXPRESSION.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * The variable a value consists of, when it is nothing but one {@code ${...}}
	 * expression.
	 */
	static Optional<String> onlyVariable(String value) {
		return WHOLE_REFERENCE.matcher(value).matches() ? Optional.of(variables(value).iterator().next())
				: Optional.empty();
	}

	/**
	 * The value with every expression replaced as Compose would, given these variables.
	 */
	static String resolve(String text, Map<String, String> variables) {
		Matcher matcher = EXPRESSION.matcher(text);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String value = variables.get(matcher.group(1));
			String operator = (matcher.group(2) != null) ? matcher.group(2) : "";
			boolean unset = (value == null) || (operator.startsWith(":") && value.isEmpty());
			String replacement = (unset && operator.endsWith("-")) ? matcher.group(3) : ((value != null) ? value : "");
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

}
