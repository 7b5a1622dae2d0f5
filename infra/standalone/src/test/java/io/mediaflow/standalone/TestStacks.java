package io.mediaflow.standalone;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the stack a {@link StackTest} class asks for once per test JVM and hands it to
 * its {@code @BeforeAll} and test methods. At most one stack runs: the running one is
 * stopped when a class wants another kind (or {@link TestStack#NONE}), and the last one
 * when the root {@link ExtensionContext}'s store closes, at the end of the run.
 */
public final class TestStacks implements BeforeAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(TestStacks.class);

	private static final String RUNNING = "running";

	@Override
	public void beforeAll(ExtensionContext context) {
		running(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == MediaflowStack.class || type == StartedStack.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		StartedStack started = running(extensionContext);
		if (started == null) {
			throw new ParameterResolutionException(
					extensionContext.getRequiredTestClass().getName() + " runs without a stack (TestStack.NONE)");
		}
		return (parameterContext.getParameter().getType() == MediaflowStack.class) ? started.stack() : started;
	}

	private static @Nullable StartedStack running(ExtensionContext context) {
		TestStack wanted = kindOf(context.getRequiredTestClass());
		Store store = context.getRoot().getStore(NAMESPACE);
		StartedStack running = store.get(RUNNING, StartedStack.class);
		if (running != null && running.kind() == wanted) {
			return running;
		}
		if (running != null) {
			store.remove(RUNNING);
			running.close();
		}
		StartedStack started = wanted.start();
		if (started != null) {
			store.put(RUNNING, started);
		}
		return started;
	}

	static TestStack kindOf(Class<?> testClass) {
		return AnnotationSupport.findAnnotation(testClass, StackTest.class)
			.map(StackTest::value)
			.orElse(TestStack.NONE);
	}

}
