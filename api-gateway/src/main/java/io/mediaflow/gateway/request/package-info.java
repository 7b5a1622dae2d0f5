/**
 * Request ids: accepted from the client when well-formed, otherwise made here, and passed
 * downstream.
 */
@NullMarked
package io.mediaflow.gateway.request;

import org.jspecify.annotations.NullMarked;
