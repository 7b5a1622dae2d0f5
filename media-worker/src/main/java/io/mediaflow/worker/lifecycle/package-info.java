/**
 * How a worker process ends: a graceful stop on SIGTERM (jobs in hand finished or
 * returned within a bound, exit code 0) and, when a launcher started it, an end with that
 * launcher.
 */
@NullMarked
package io.mediaflow.worker.lifecycle;

import org.jspecify.annotations.NullMarked;
