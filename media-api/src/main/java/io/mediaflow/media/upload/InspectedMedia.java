package io.mediaflow.media.upload;

import io.mediaflow.common.messaging.ImageFormat;

/**
 * What the first bytes of an upload say it is.
 */
record InspectedMedia(ImageFormat format, int width, int height) {

	long pixels() {
		return (long) this.width * this.height;
	}

}
