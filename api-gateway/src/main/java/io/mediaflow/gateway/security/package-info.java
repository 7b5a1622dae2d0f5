/**
 * Credential checks done at the edge before a request reaches a media route.
 */
@NullMarked
package io.mediaflow.gateway.security;

import org.jspecify.annotations.NullMarked;
