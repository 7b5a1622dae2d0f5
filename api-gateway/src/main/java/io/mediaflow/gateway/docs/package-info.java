/**
 * The API documentation: the services' OpenAPI specs under {@code /v3/api-docs/<service>}
 * and one Swagger UI over both at {@code /swagger-ui.html}, open to everyone.
 */
@NullMarked
package io.mediaflow.gateway.docs;

import org.jspecify.annotations.NullMarked;
