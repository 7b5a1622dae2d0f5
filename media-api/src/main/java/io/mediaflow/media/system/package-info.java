/**
 * Cross-cutting web pieces: problem responses, public URLs.
 */
@NullMarked
package io.mediaflow.media.system;

import org.jspecify.annotations.NullMarked;
