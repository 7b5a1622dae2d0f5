/**
 * The S3 layout and client settings shared by media-api and media-worker.
 */
@NullMarked
package io.mediaflow.common.storage;

import org.jspecify.annotations.NullMarked;
