/**
 * The S3 bucket the worker reads originals from and writes results to.
 */
@NullMarked
package io.mediaflow.worker.storage;

import org.jspecify.annotations.NullMarked;
