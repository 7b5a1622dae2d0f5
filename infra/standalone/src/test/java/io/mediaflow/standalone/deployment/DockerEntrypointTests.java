package io.mediaflow.standalone.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * infra/docker/entrypoint, run by {@code sh} as the image runs it, with a {@code java} on
 * the PATH that writes down how it was called and maps only a cache file saying
 * {@code usable}: which AOT cache option the service starts with in each case.
 */
class DockerEntrypointTests {

	private static final String SCRIPT = "infra/docker/entrypoint";

	private static final String RECORDING_JAVA = """
			#!/bin/sh
			echo "$*" >> "$(dirname "$0")/calls"
			for arg in "$@"; do
				case "$arg" in -XX:AOTCache=*) [ "$(cat "${arg#-XX:AOTCache=}")" = usable ] || exit 1 ;; esac
			done
			""";

	@TempDir
	Path dir;

	@Test
	void startsFromACacheTheJvmCanMap() throws Exception {
		Path cache = cacheSaying("usable");
		List<String> calls = run(cache.toString());
		assertThat(calls).hasSize(2);
		assertThat(calls.get(0)).as("the check").contains("-XX:AOTMode=on", "-XX:AOTCache=" + cache, "-version");
		assertThat(calls.get(1)).as("the service")
			.contains("-XX:AOTCache=" + cache, "-jar /app/app.jar --server.port=1")
			.doesNotContain("AOTCacheOutput");
		assertThat(cache).hasContent("usable");
	}

	@Test
	void trainsANewCacheInPlaceOfOneTheJvmCannotMap() throws Exception {
		Path cache = cacheSaying("cut off by a kill");
		List<String> calls = run(cache.toString());
		assertThat(calls).hasSize(2);
		assertThat(calls.get(1)).contains("-XX:AOTCacheOutput=" + cache, "-jar /app/app.jar");
		assertThat(cache).as("the unusable cache is removed before the JVM writes the new one").doesNotExist();
	}

	@Test
	void trainsACacheWhereThereIsNone() throws Exception {
		Path cache = this.dir.resolve("aot/service.aot");
		Files.createDirectories(cache.getParent());
		List<String> calls = run(cache.toString());
		assertThat(calls).hasSize(1);
		assertThat(calls.get(0)).contains("-XX:AOTCacheOutput=" + cache, "-Djava.io.tmpdir=/app/tmp",
				"--enable-native-access=ALL-UNNAMED", "-XX:+UseCompactObjectHeaders", "-Xmx300m", "-jar /app/app.jar");
	}

	@Test
	void startsWithoutACacheWhenNoneIsConfiguredOrItsDirectoryIsMissing() throws Exception {
		for (String cache : List.of("", this.dir.resolve("missing/service.aot").toString())) {
			Files.deleteIfExists(this.dir.resolve("bin/calls"));
			List<String> calls = run(cache);
			assertThat(calls).as("MEDIAFLOW_AOT_CACHE=%s", cache).hasSize(1);
			assertThat(calls.get(0)).doesNotContain("AOTCache").contains("-jar /app/app.jar");
		}
	}

	private Path cacheSaying(String content) throws IOException {
		Path cache = Files.createDirectories(this.dir.resolve("aot")).resolve("service.aot");
		return Files.writeString(cache, content);
	}

	private List<String> run(String cache) throws IOException, InterruptedException {
		Path bin = Files.createDirectories(this.dir.resolve("bin"));
		Path java = bin.resolve("java");
		Files.writeString(java, RECORDING_JAVA);
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		ProcessBuilder builder = new ProcessBuilder("sh", RepositoryFiles.path(SCRIPT).toString(), "--server.port=1")
			.redirectErrorStream(true);
		builder.environment().put("PATH", bin + ":/usr/bin:/bin");
		builder.environment().put("MEDIAFLOW_AOT_CACHE", cache);
		builder.environment().put("JAVA_OPTS", "-Xmx300m");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("exit code of %s, which printed: %s", SCRIPT, output).isZero();
		Path calls = bin.resolve("calls");
		return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
	}

}
