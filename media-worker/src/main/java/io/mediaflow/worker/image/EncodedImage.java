package io.mediaflow.worker.image;

import io.mediaflow.common.files.ImageVariant;

/**
 * One output of the pipeline, ready to store.
 */
public record EncodedImage(ImageVariant variant, byte[] bytes) {
}
