package io.mediaflow.worker.lifecycle;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Set by {@code infra/standalone/run --worker-processes N} on the workers it starts.
 *
 * @param parentPid the process id of the launcher: the worker stops when that process is
 * gone, however it ended ({@code kill -9} included); unset, nothing is watched
 */
@ConfigurationProperties("mediaflow.worker")
public record ParentProcessProperties(@Nullable Long parentPid) {

}
