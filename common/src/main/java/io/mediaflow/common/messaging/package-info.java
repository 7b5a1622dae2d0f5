/**
 * Message contracts and RabbitMQ names shared by media-api and media-worker.
 */
@NullMarked
package io.mediaflow.common.messaging;

import org.jspecify.annotations.NullMarked;
