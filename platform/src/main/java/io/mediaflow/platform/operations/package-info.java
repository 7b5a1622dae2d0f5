/**
 * What operators get from every service: Actuator behind admin credentials (health open),
 * an error log endpoint, and the shared log file layout.
 */
@NullMarked
package io.mediaflow.platform.operations;

import org.jspecify.annotations.NullMarked;
