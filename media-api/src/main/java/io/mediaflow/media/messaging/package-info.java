/**
 * RabbitMQ topology and listeners of media-api.
 */
@NullMarked
package io.mediaflow.media.messaging;

import org.jspecify.annotations.NullMarked;
