/**
 * Which public path goes to which service.
 */
@NullMarked
package io.mediaflow.gateway.route;

import org.jspecify.annotations.NullMarked;
