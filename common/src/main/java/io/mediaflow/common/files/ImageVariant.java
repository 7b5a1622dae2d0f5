package io.mediaflow.common.files;

import java.util.Locale;

import io.mediaflow.common.messaging.ImageFormat;

/**
 * The four images every uploaded image yields, in the order they are listed.
 */
public enum ImageVariant {

	ORIGINAL, ROTATED, GRAY, SCALED;

	/** The spec's {@code img_link}: {@code <name>_<suffix>.<ext>}. */
	public String imgLink(String baseName, ImageFormat format) {
		return baseName + "_" + name().toLowerCase(Locale.ROOT) + "." + format.extension();
	}

}
