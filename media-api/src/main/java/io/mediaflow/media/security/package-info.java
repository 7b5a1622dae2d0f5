/**
 * Who is calling: the JWT the gateway forwards, verified again here.
 */
@NullMarked
package io.mediaflow.media.security;

import org.jspecify.annotations.NullMarked;
