/**
 * JVM-wide settings every Mediaflow process applies at start.
 */
@NullMarked
package io.mediaflow.platform.runtime;

import org.jspecify.annotations.NullMarked;
