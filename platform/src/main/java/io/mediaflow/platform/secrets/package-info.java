/**
 * Refusing to start with a placeholder secret ({@code change-me}) in any setting.
 */
@NullMarked
package io.mediaflow.platform.secrets;

import org.jspecify.annotations.NullMarked;
