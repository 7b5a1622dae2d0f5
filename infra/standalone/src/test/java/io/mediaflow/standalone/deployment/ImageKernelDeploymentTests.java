package io.mediaflow.standalone.deployment;

import io.mediaflow.worker.image.ImageKernel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's fast image kernel (the system's OpenCV Java binding, and TurboJPEG for
 * JPEGs) is installed the same way in the three places that run it: the README's
 * prerequisites (standalone run), the Docker image, and CI.
 */
class ImageKernelDeploymentTests {

	private static final String PACKAGES = ImageKernel.DEBIAN_PACKAGE + " " + ImageKernel.TURBOJPEG_PACKAGE;

	@Test
	void theDockerImageOfTheWorkerInstallsTheSystemsOpenCvAndTurboJpeg() {
		String runs = String.join("\n", Deployment.get().dockerfile().runtime().arguments("RUN"));

		assertThat(runs).as("the runtime stage of %s installs %s for the media-worker", Dockerfile.PATH, PACKAGES)
			.containsPattern(
					"\"\\$\\{" + Dockerfile.MODULE_ARG + "}\" = media-worker.*apt-get install[^;]*" + PACKAGES);
	}

	@Test
	void theReadmesOneInstallLineNamesThemBesidePostgresAndRabbitMq() {
		assertThat(RepositoryFiles.read("README.md")).as("README.md's prerequisites")
			.containsPattern("apt-get install postgresql rabbitmq-server " + PACKAGES + "\\b");
	}

	@Test
	void ciInstallsThemAndChecksForTheLibrariesTheWorkerLoads() {
		String ci = RepositoryFiles.read(".ci/run");

		assertThat(ci).as(".ci/run")
			.containsPattern("apt-get install .*" + PACKAGES)
			.contains(ImageKernel.DEBIAN_LIBRARY)
			.contains("libturbojpeg.so.0");
	}

	@Test
	void theWorkersDefaultLibraryIsTheOneThePackageInstalls() {
		assertThat(RepositoryFiles.classpath("media-worker.yml")).as("media-worker.yml")
			.contains("system-library: " + ImageKernel.DEBIAN_LIBRARY);
	}

}
