package io.mediaflow.common.messaging;

/**
 * Image formats Mediaflow accepts, with the extension and media type their outputs get.
 */
public enum ImageFormat {

	JPEG("jpg", "image/jpeg"), PNG("png", "image/png");

	private final String extension;

	private final String contentType;

	ImageFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

}
