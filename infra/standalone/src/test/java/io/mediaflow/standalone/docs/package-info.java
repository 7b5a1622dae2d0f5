/**
 * The API documentation as a client meets it through the gateway: every public route in
 * the services' OpenAPI specs, and the Swagger UI over both.
 */
@NullMarked
package io.mediaflow.standalone.docs;

import org.jspecify.annotations.NullMarked;
