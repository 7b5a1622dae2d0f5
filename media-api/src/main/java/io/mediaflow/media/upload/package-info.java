/**
 * Accepting uploads: limits, format sniffing, originals to S3, task and jobs in one
 * transaction.
 */
@NullMarked
package io.mediaflow.media.upload;

import org.jspecify.annotations.NullMarked;
