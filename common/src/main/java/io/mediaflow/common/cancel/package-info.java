/**
 * How media-api tells workers that a task was canceled.
 */
@NullMarked
package io.mediaflow.common.cancel;

import org.jspecify.annotations.NullMarked;
