package io.mediaflow.platform.secrets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceholderSecretsTests {

	@Test
	void refusesToStartWithTheJwtPlaceholderOfEnvExample() {
		assertThatThrownBy(() -> start("mediaflow.jwt.secret=change-me-to-a-random-secret-of-at-least-32-characters"))
			.isInstanceOf(PlaceholderSecretException.class)
			.hasMessage("MEDIAFLOW_JWT_SECRET (mediaflow.jwt.secret) is still the change-me placeholder from"
					+ " .env.example: set it to a secret of your own (openssl rand -base64 48)");
	}

	@Test
	void refusesEveryPlaceholderSecretWhateverItsCase() {
		assertThatThrownBy(() -> start("spring.datasource.password=CHANGE-ME-media-db"))
			.hasMessageStartingWith("SPRING_DATASOURCE_PASSWORD (spring.datasource.password) is still")
			.hasMessageNotContaining("media-db");
		assertThatThrownBy(() -> start("mediaflow.operator.password=change-me-operator"))
			.hasMessageStartingWith("MEDIAFLOW_OPERATOR_PASSWORD");
		assertThatThrownBy(() -> start("mediaflow.storage.secret-key=change-me-s3-secret"))
			.hasMessageStartingWith("MEDIAFLOW_STORAGE_SECRET_KEY");
		assertThatThrownBy(() -> start("spring.rabbitmq.password=change-me-rabbitmq"))
			.hasMessageStartingWith("SPRING_RABBITMQ_PASSWORD");
	}

	@Test
	void startsWithSecretsOfItsOwn() {
		assertThatNoException()
			.isThrownBy(() -> start("mediaflow.jwt.secret=k7Qn2v1Jx0cH4uZp9sLr3TfWm8YbE6dA").close());
	}

	private static ConfigurableApplicationContext start(String property) {
		return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(property)
			.run();
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
