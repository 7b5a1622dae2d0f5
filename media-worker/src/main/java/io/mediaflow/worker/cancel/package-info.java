/**
 * Skipping the jobs of canceled tasks.
 */
@NullMarked
package io.mediaflow.worker.cancel;

import org.jspecify.annotations.NullMarked;
