/**
 * Retention: a task's originals and results are removed a configured period after its
 * upload; the task stays as an EXPIRED tombstone.
 */
@NullMarked
package io.mediaflow.media.retention;

import org.jspecify.annotations.NullMarked;
