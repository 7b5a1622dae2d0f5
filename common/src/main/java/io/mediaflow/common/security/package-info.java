/**
 * The JWT format every Mediaflow service agrees on: issuing (auth-service, gateway) and
 * verifying (gateway, media-api).
 */
@NullMarked
package io.mediaflow.common.security;

import org.jspecify.annotations.NullMarked;
