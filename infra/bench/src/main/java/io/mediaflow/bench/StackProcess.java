package io.mediaflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.mediaflow.embedded.TcpProbe;

/**
 * The stack under test: the standalone jar in a child process with its own heap, on free
 * ports, against a database of its own ({@code mediaflow_bench}). Its peak RSS is read
 * from {@code /proc/<pid>/status} (VmHWM).
 */
final class StackProcess implements AutoCloseable {

	static final String S3_ACCESS_KEY = "mediaflow-bench";

	static final String S3_SECRET_KEY = "mediaflow-bench-secret";

	static final String JWT_SECRET = "mediaflow-bench-secret-0123456789abcdef";

	static final String OPERATOR_PASSWORD = "mediaflow-bench-operator";

	private final Process process;

	final int gatewayPort;

	final int s3Port;

	private final CompilerThreadsCpu compilerThreads;

	private StackProcess(Process process, int gatewayPort, int s3Port) {
		this.process = process;
		this.gatewayPort = gatewayPort;
		this.s3Port = s3Port;
		this.compilerThreads = new CompilerThreadsCpu(process.pid());
	}

	static StackProcess start(BenchOptions options, Map<String, String> extraEnvironment)
			throws IOException, InterruptedException {
		return start(options, extraEnvironment, options.stackHeapMb());
	}

	/**
	 * @param heapMb the stack's heap: small for the memory scenario, roomy for throughput
	 * so that garbage collection does not stand in for the work being measured
	 */
	static StackProcess start(BenchOptions options, Map<String, String> extraEnvironment, int heapMb)
			throws IOException, InterruptedException {
		Path dataDir = options.workDir().resolve("stack-data");
		Files.createDirectories(dataDir);
		Path s3proxyJar = Files.copy(options.s3proxyJar(), options.workDir().resolve("s3proxy.jar"),
				StandardCopyOption.REPLACE_EXISTING);
		int gateway = TcpProbe.freePort();
		int s3 = TcpProbe.freePort();
		int worker = TcpProbe.freePort();
		List<String> command = new ArrayList<>(
				List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heapMb + "m",
						"--enable-native-access=ALL-UNNAMED", "-XX:+UseCompactObjectHeaders"));
		if (Runtime.getRuntime().availableProcessors() < 4) {
			// as infra/standalone/run: a second C2 compiler thread below four CPUs
			command.add("-XX:CICompilerCount=3");
		}
		if (!options.stackJavaOptions().isEmpty()) {
			command.addAll(List.of(options.stackJavaOptions().split("\\s+")));
		}
		command.add("-Dmediaflow.s3proxy.jar=" + s3proxyJar);
		command.addAll(stackLaunch(options));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		// MEDIAFLOW_BENCH_DB_URL lets benchmarks that share one PostgreSQL server keep
		// apart
		env.put("MEDIAFLOW_DB_URL", System.getenv()
			.getOrDefault("MEDIAFLOW_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/mediaflow_bench"));
		env.put("MEDIAFLOW_DATA_DIR", dataDir.toString());
		env.put("MEDIAFLOW_GATEWAY_PORT", Integer.toString(gateway));
		env.put("MEDIAFLOW_AUTH_PORT", Integer.toString(TcpProbe.freePort()));
		env.put("MEDIAFLOW_MEDIA_API_PORT", Integer.toString(TcpProbe.freePort()));
		env.put("MEDIAFLOW_WORKER_PORT", Integer.toString(worker));
		env.put("MEDIAFLOW_S3_PORT", Integer.toString(s3));
		env.put("MEDIAFLOW_S3_ACCESS_KEY", S3_ACCESS_KEY);
		env.put("MEDIAFLOW_S3_SECRET_KEY", S3_SECRET_KEY);
		env.put("MEDIAFLOW_JWT_SECRET", JWT_SECRET);
		env.put("MEDIAFLOW_OPERATOR_PASSWORD", OPERATOR_PASSWORD);
		env.putAll(extraEnvironment);
		Process process = builder.redirectErrorStream(true)
			.redirectOutput(options.workDir().resolve("stack.log").toFile())
			.start();
		StackProcess stack = new StackProcess(process, gateway, s3);
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!Files.readString(options.workDir().resolve("stack.log")).contains("Mediaflow is up")) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				stack.close();
				throw new IllegalStateException(
						"The stack did not start; see " + options.workDir().resolve("stack.log"));
			}
			Thread.sleep(250);
		}
		return stack;
	}

	/**
	 * The stack's class path: a copy of the plain jar, so that a rebuild during the run
	 * cannot pull it from under the stack; or, with an AOT cache, the extracted
	 * application the cache was trained on (the JVM checks that the class path matches
	 * the training run's, so it is not copied).
	 */
	private static List<String> stackLaunch(BenchOptions options) throws IOException {
		if (options.stackAotCache() == null) {
			Path stackJar = Files.copy(options.stackJar(), options.workDir().resolve("stack.jar"),
					StandardCopyOption.REPLACE_EXISTING);
			return List.of("-jar", stackJar.toString());
		}
		Path cache = options.stackAotCache();
		if (!Files.isRegularFile(cache)) {
			throw new IllegalArgumentException(
					"No AOT cache at " + cache + " (infra/standalone/run --prepare trains it)");
		}
		return List.of("-XX:AOTCache=" + cache, "-cp", cache.resolveSibling("mediaflow-standalone.jar").toString(),
				"io.mediaflow.standalone.StandaloneLauncher");
	}

	String gatewayUrl() {
		return "http://localhost:" + this.gatewayPort;
	}

	/**
	 * CPU time the stack's JIT compiler threads have used so far, in milliseconds
	 * ({@link CompilerThreadsCpu}: read from {@code /proc}, not asked of the stack).
	 */
	double jitCompilationMillis() throws IOException {
		return this.compilerThreads.millis();
	}

	String s3Endpoint() {
		return "http://127.0.0.1:" + this.s3Port;
	}

	/** Peak resident memory of the stack's JVM so far, in MiB (Linux). */
	long peakRssMb() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
			if (line.startsWith("VmHWM:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
