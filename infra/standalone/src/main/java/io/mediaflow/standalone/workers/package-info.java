/**
 * {@code infra/standalone/run --worker-processes N}: media-worker as N processes of its
 * own bootable jar instead of a context in the launcher's JVM.
 */
@NullMarked
package io.mediaflow.standalone.workers;

import org.jspecify.annotations.NullMarked;
