/**
 * The services behind the gateway: where they are, and the gateway's own client for
 * auth-service's internal routes. Both {@code route} and {@code security} depend on it;
 * it depends on neither.
 */
@NullMarked
package io.mediaflow.gateway.upstream;

import org.jspecify.annotations.NullMarked;
