/**
 * Static checks of the Docker deployment (compose.yaml, infra/docker/Dockerfile, the
 * RabbitMQ definitions, the PostgreSQL init script) against the code it deploys: no
 * Docker engine needed.
 */
@NullMarked
package io.mediaflow.standalone.deployment;

import org.jspecify.annotations.NullMarked;
