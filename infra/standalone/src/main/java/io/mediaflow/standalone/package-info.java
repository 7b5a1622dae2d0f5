/**
 * The standalone run: every service in one JVM, each in its own Spring context and port.
 */
@NullMarked
package io.mediaflow.standalone;

import org.jspecify.annotations.NullMarked;
