/**
 * The S3 bucket as Mediaflow's services use it: the client, the store, its health.
 */
@NullMarked
package io.mediaflow.platform.storage;

import org.jspecify.annotations.NullMarked;
