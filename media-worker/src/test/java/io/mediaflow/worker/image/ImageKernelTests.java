package io.mediaflow.worker.image;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;

import static org.assertj.core.api.Assertions.assertThat;

class ImageKernelTests {

	@Test
	void runsOnTheSystemsOpenCvWhereItIsInstalledUnlessTheBundledOneIsAskedFor() {
		ImageKernel kernel = new ImagePipeline(KernelUnderTest.settings()).kernel();

		boolean systemInstalled = Files.isRegularFile(Path.of(ImageKernel.DEBIAN_LIBRARY));
		boolean bundledAsked = KernelUnderTest.choice() == ImageKernel.Choice.BUNDLED;
		assertThat(kernel.name()).isEqualTo((systemInstalled && !bundledAsked) ? "system" : "bundled");
		String jpegLibrary = Core.getBuildInformation()
			.lines()
			.filter((line) -> line.trim().startsWith("JPEG:"))
			.findFirst()
			.orElseThrow();
		if (kernel.isSystem()) {
			assertThat(jpegLibrary).contains("/usr/lib");
		}
		else {
			assertThat(jpegLibrary).contains("build-libjpeg-turbo");
		}
	}

}
