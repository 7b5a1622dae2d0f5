/**
 * Tasks: status, results recorded from workers, history, the zip of results.
 */
@NullMarked
package io.mediaflow.media.task;

import org.jspecify.annotations.NullMarked;
