package io.mediaflow.media.upload;

import io.mediaflow.common.messaging.ImageFormat;
import io.mediaflow.media.task.MediaKind;

/**
 * What the first bytes of an upload say it is.
 */
sealed interface InspectedMedia {

	MediaKind kind();

	String formatName();

	String extension();

	String contentType();

	/**
	 * @param channels channels of the decoded pixels (what the worker's decoder makes of
	 * the file, at most)
	 * @param bytesPerSample 1, or 2 for 16-bit PNGs and 12-bit JPEGs
	 */
	record Image(ImageFormat format, int width, int height, int channels,
			int bytesPerSample) implements InspectedMedia {

		long pixels() {
			return (long) this.width * this.height;
		}

		/** Bytes of one decoded copy of the image. */
		long decodedBytes() {
			return pixels() * this.channels * this.bytesPerSample;
		}

		@Override
		public MediaKind kind() {
			return MediaKind.IMAGE;
		}

		@Override
		public String formatName() {
			return this.format.name();
		}

		@Override
		public String extension() {
			return this.format.extension();
		}

		@Override
		public String contentType() {
			return this.format.contentType();
		}

	}

	/**
	 * A WAV whose header declares its sample layout; the duration follows from the data
	 * size.
	 */
	record Audio(int channels, int sampleRate, long durationMillis) implements InspectedMedia {

		@Override
		public MediaKind kind() {
			return MediaKind.AUDIO;
		}

		@Override
		public String formatName() {
			return "WAV";
		}

		@Override
		public String extension() {
			return "wav";
		}

		@Override
		public String contentType() {
			return "audio/wav";
		}

	}

}
