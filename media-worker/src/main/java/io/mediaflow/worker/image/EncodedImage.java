package io.mediaflow.worker.image;

import io.mediaflow.common.files.ImageVariant;

/**
 * One output of the pipeline, ready to store.
 */
record EncodedImage(ImageVariant variant, byte[] bytes) {
}
