package io.mediaflow.media.cancel;

import java.util.UUID;

/**
 * A task was canceled, published inside the transaction that canceled it: the features
 * that keep their own rows per task (audio records, stored images) mark them failed from
 * here, so that cancelling does not depend on them.
 */
public record CancellationRecorded(UUID taskId) {
}
