/**
 * Taking jobs from RabbitMQ and reporting their outcome: manual acks, retries with
 * back-off, dead-lettering.
 */
@NullMarked
package io.mediaflow.worker.job;

import org.jspecify.annotations.NullMarked;
