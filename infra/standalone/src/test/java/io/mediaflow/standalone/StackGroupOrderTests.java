package io.mediaflow.standalone;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classes of one stack run together, the groups in {@link TestStack}'s order and the
 * classes without a stack first, so that each stack starts once.
 */
class StackGroupOrderTests {

	@Test
	void groupsClassesByStackInTheEnumsOrderThenByName() {
		List<Descriptor> classes = new ArrayList<>(List.of(new Descriptor(OutageIntegrationTests.class),
				new Descriptor(WebhooksIntegrationTests.class), new Descriptor(BacklogIntegrationTests.class),
				new Descriptor(LauncherProcessIntegrationTests.class),
				new Descriptor(AccountsThroughGatewayIntegrationTests.class), new Descriptor(GatewayClient.class)));

		new StackGroupOrder().orderClasses(new Context(classes));

		assertThat(classes).extracting((descriptor) -> descriptor.getTestClass().getSimpleName())
			.containsExactly("GatewayClient", "LauncherProcessIntegrationTests",
					"AccountsThroughGatewayIntegrationTests", "WebhooksIntegrationTests", "BacklogIntegrationTests",
					"OutageIntegrationTests");
	}

	private record Context(List<Descriptor> getClassDescriptors) implements ClassOrdererContext {

		@Override
		public Optional<String> getConfigurationParameter(String key) {
			return Optional.empty();
		}

	}

	private record Descriptor(Class<?> getTestClass) implements ClassDescriptor {

		@Override
		public String getDisplayName() {
			return this.getTestClass.getSimpleName();
		}

		@Override
		public boolean isAnnotated(Class<? extends Annotation> annotationType) {
			return AnnotationSupport.isAnnotated(this.getTestClass, annotationType);
		}

		@Override
		public <A extends Annotation> Optional<A> findAnnotation(Class<A> annotationType) {
			return AnnotationSupport.findAnnotation(this.getTestClass, annotationType);
		}

		@Override
		public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> annotationType) {
			return AnnotationSupport.findRepeatableAnnotations(this.getTestClass, annotationType);
		}

	}

}
