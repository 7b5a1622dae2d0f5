package io.mediaflow.standalone;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

/**
 * Runs the test classes grouped by the {@link TestStack} they ask for, in the enum's
 * order (classes without a stack first), by name within a group: each stack starts once
 * and stops when its group is done ({@link TestStacks}). Set as the default class order
 * in {@code junit-platform.properties}.
 */
public final class StackGroupOrder implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator.comparing((ClassDescriptor descriptor) -> TestStacks.kindOf(descriptor.getTestClass()))
				.thenComparing((descriptor) -> descriptor.getTestClass().getName()));
	}

}
