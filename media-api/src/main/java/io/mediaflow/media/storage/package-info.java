/**
 * The S3 bucket that holds originals and results.
 */
@NullMarked
package io.mediaflow.media.storage;

import org.jspecify.annotations.NullMarked;
