/**
 * Real infrastructure for tests. Never an in-memory stand-in: PostgreSQL and RabbitMQ
 * come from environment variables, the default local ports, or Testcontainers; S3 is the
 * embedded S3Proxy the standalone run uses.
 */
@NullMarked
package io.mediaflow.testing;

import org.jspecify.annotations.NullMarked;
