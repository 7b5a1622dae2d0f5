/**
 * The transactional outbox and its relay to RabbitMQ.
 */
@NullMarked
package io.mediaflow.media.outbox;

import org.jspecify.annotations.NullMarked;
