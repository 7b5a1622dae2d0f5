/**
 * Image jobs: decode once with OpenCV, then rotate, gray and scale, each encoded in the
 * source format.
 */
@NullMarked
package io.mediaflow.worker.image;

import org.jspecify.annotations.NullMarked;
