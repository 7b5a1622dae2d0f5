/**
 * The launcher's warm-up: representative traffic through the gateway before the stack
 * says it is up, so that the JIT has compiled the hot paths before users come, and
 * nothing of it left behind.
 */
@NullMarked
package io.mediaflow.standalone.warmup;

import org.jspecify.annotations.NullMarked;
