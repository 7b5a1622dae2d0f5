/**
 * Live progress: a task's status as Server-Sent Events, pushed on every change.
 */
@NullMarked
package io.mediaflow.media.progress;

import org.jspecify.annotations.NullMarked;
