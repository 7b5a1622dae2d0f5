package io.mediaflow.standalone.deployment;

import io.mediaflow.worker.image.ImageKernel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's fast image kernel (the system's OpenCV Java binding) is installed the same
 * way in the three places that run it: the README's prerequisites (standalone run), the
 * Docker image, and CI.
 */
class ImageKernelDeploymentTests {

	@Test
	void theDockerImageOfTheWorkerInstallsTheSystemsOpenCv() {
		String runs = String.join("\n", Deployment.get().dockerfile().runtime().arguments("RUN"));

		assertThat(runs)
			.as("the runtime stage of %s installs %s for the media-worker", Dockerfile.PATH, ImageKernel.DEBIAN_PACKAGE)
			.containsPattern("\"\\$\\{" + Dockerfile.MODULE_ARG + "}\" = media-worker.*apt-get install[^;]*"
					+ ImageKernel.DEBIAN_PACKAGE);
	}

	@Test
	void theReadmesOneInstallLineNamesItBesidePostgresAndRabbitMq() {
		assertThat(RepositoryFiles.read("README.md")).as("README.md's prerequisites")
			.containsPattern("apt-get install postgresql rabbitmq-server " + ImageKernel.DEBIAN_PACKAGE + "\\b");
	}

	@Test
	void ciInstallsItAndChecksForTheLibraryTheWorkerLoads() {
		String ci = RepositoryFiles.read(".ci/run");

		assertThat(ci).as(".ci/run")
			.containsPattern("apt-get install .*" + ImageKernel.DEBIAN_PACKAGE)
			.contains(ImageKernel.DEBIAN_LIBRARY);
	}

	@Test
	void theWorkersDefaultLibraryIsTheOneThePackageInstalls() {
		assertThat(RepositoryFiles.classpath("media-worker.yml")).as("media-worker.yml")
			.contains("system-library: " + ImageKernel.DEBIAN_LIBRARY);
	}

}
