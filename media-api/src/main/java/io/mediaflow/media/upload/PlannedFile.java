package io.mediaflow.media.upload;

import java.util.UUID;

import io.mediaflow.media.task.NewTaskFile;
import org.jspecify.annotations.Nullable;

/**
 * A checked file and what will be made of it.
 *
 * @param outputId the id of what the file becomes when it has one: the audio record of a
 * WAV, the stored image of a single-image upload; null for augmented images
 */
record PlannedFile(NewTaskFile file, InspectedMedia media, @Nullable UUID outputId) {
}
