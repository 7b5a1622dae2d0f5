/**
 * The benchmark behind infra/bench/run.
 */
@NullMarked
package io.mediaflow.bench;

import org.jspecify.annotations.NullMarked;
