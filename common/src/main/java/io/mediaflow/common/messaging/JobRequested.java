package io.mediaflow.common.messaging;

import java.util.UUID;

/**
 * A job media-api sends to a worker, one per uploaded file.
 */
public sealed interface JobRequested permits ImageJobRequested, AudioJobRequested, JpegJobRequested {

	UUID taskId();

	UUID fileId();

}
