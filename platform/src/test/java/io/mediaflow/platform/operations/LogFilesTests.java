package io.mediaflow.platform.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared logging configurations as a service gets them: text or JSON by
 * configuration, an info file and an error file, the request id in every line.
 */
class LogFilesTests {

	private static final Logger logger = LoggerFactory.getLogger(LogFilesTests.class);

	@AfterEach
	void clearContext() {
		MDC.clear();
	}

	@Test
	void writesOneJsonEventPerLineWithTheRequestIdWhenSwitchedToJson(@TempDir Path logs) throws Exception {
		logWithRequestId("classpath:mediaflow-logback-json.xml", logs);

		List<String> lines = Files.readAllLines(logs.resolve("json-test.log"), StandardCharsets.UTF_8);
		JsonNode event = JsonMapper.builder()
			.build()
			.readTree(lines.stream().filter((line) -> line.contains("uploaded a file")).findFirst().orElseThrow());
		assertThat(event.get("message").asString()).isEqualTo("uploaded a file");
		assertThat(event.get("log").get("level").asString()).isEqualTo("INFO");
		assertThat(event.toString()).contains("trace-42");
		assertThat(Files.readString(logs.resolve("json-test-error.log"))).contains("storage is away")
			.doesNotContain("uploaded a file");
	}

	@Test
	void writesTextWithTheRequestIdByDefault(@TempDir Path logs) throws Exception {
		logWithRequestId("classpath:mediaflow-logback.xml", logs);

		String info = Files.readString(logs.resolve("json-test.log"));
		assertThat(info).contains("uploaded a file").contains("[trace-42]").doesNotStartWith("{");
		assertThat(Files.readString(logs.resolve("json-test-error.log"))).contains("storage is away")
			.doesNotContain("uploaded a file");
	}

	private static void logWithRequestId(String config, Path logs) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class)
			.web(WebApplicationType.NONE)
			.properties("logging.config=" + config, "mediaflow.logging.dir=" + logs, "mediaflow.logging.name=json-test",
					"logging.pattern.correlation=[%X{requestId:-}] ", "spring.application.name=json-test")
			.run()) {
			MDC.put("requestId", "trace-42");
			logger.info("uploaded a file");
			logger.warn("storage is away");
		}
	}

	@SpringBootConfiguration
	static class NoBeans {

	}

}
