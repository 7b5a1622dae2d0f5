/**
 * Name-only users with per-user UUID access tokens, and the check the gateway asks for.
 */
@NullMarked
package io.mediaflow.auth.token;

import org.jspecify.annotations.NullMarked;
