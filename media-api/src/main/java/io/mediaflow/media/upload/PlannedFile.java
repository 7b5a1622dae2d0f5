package io.mediaflow.media.upload;

import java.util.UUID;

import io.mediaflow.media.task.NewTaskFile;
import org.jspecify.annotations.Nullable;

/**
 * A checked file and what will be made of it.
 *
 * @param recordId the audio record id for a WAV, null for an image
 */
record PlannedFile(NewTaskFile file, InspectedMedia media, @Nullable UUID recordId) {
}
