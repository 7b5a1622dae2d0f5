/**
 * The JDK 25 AOT cache's training run: {@code infra/standalone/run} starts the stack once
 * under {@code -XX:AOTMode=record}, pushes real uploads through it, and builds the cache
 * every later start maps in.
 */
@NullMarked
package io.mediaflow.standalone.training;

import org.jspecify.annotations.NullMarked;
