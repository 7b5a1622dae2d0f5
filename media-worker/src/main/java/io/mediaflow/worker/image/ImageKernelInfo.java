package io.mediaflow.worker.image;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Tells operators in {@code /actuator/info} which OpenCV natives and JPEG codec the image
 * jobs run on.
 */
@Component
class ImageKernelInfo implements InfoContributor {

	private final ImagePipeline pipeline;

	ImageKernelInfo(ImagePipeline pipeline) {
		this.pipeline = pipeline;
	}

	@Override
	public void contribute(Info.Builder builder) {
		ImageKernel kernel = this.pipeline.kernel();
		builder.withDetail("imageKernel",
				Map.of("codec", kernel.name(), "library", kernel.library(), "jpeg", kernel.jpeg()));
	}

}
