/**
 * The one error model of the services: a stable {@code type} URI per kind of error, and
 * the factory that builds RFC 9457 problem documents from it.
 */
@NullMarked
package io.mediaflow.common.problem;

import org.jspecify.annotations.NullMarked;
