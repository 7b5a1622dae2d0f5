/**
 * Single images stored as JPEG, fitted and compressed on request (seeds 000/001).
 */
@NullMarked
package io.mediaflow.media.image;

import org.jspecify.annotations.NullMarked;
