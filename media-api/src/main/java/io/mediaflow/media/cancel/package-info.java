/**
 * Canceling a task: {@code DELETE /task/{task_id}}, the marker that makes workers skip
 * its jobs, and the removal of what it stored.
 */
@NullMarked
package io.mediaflow.media.cancel;

import org.jspecify.annotations.NullMarked;
