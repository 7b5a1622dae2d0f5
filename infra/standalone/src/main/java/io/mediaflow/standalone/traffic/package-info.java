/**
 * Requests a user makes through the gateway, and the media they send: what the AOT
 * cache's training run and the start-up warm-up push through a freshly started stack.
 */
@NullMarked
package io.mediaflow.standalone.traffic;

import org.jspecify.annotations.NullMarked;
