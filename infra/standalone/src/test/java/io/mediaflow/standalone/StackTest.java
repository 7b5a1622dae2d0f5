package io.mediaflow.standalone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated class against a shared stack of the given kind, started once per
 * test JVM by {@link TestStacks}: a {@code @BeforeAll} or test method takes it as a
 * {@link MediaflowStack} (or {@link StartedStack}) parameter. {@link StackGroupOrder}
 * runs the classes of one kind together, so that one stack runs at a time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(TestStacks.class)
public @interface StackTest {

	TestStack value();

}
