package io.mediaflow.worker.lifecycle;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a stopping worker waits for the jobs it holds: the listener containers stop
 * taking deliveries at once, jobs in hand get this long to finish, and the ones still
 * running after it go back to their queue (the channel closes without an ack). Keep it
 * below the platform's grace period ({@code terminationGracePeriodSeconds}, 30 s by
 * default) so that the stop is never a SIGKILL.
 *
 * @param timeout the bound on finishing jobs in hand
 */
@ConfigurationProperties("mediaflow.worker.shutdown")
@Validated
public record ShutdownProperties(@DefaultValue("25s") @NotNull Duration timeout) {

}
