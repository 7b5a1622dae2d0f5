/**
 * The S3 key layout shared by media-api and media-worker.
 */
@NullMarked
package io.mediaflow.common.storage;

import org.jspecify.annotations.NullMarked;
