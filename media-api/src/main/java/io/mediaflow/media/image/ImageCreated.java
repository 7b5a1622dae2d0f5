package io.mediaflow.media.image;

import java.util.UUID;

/**
 * {@code POST /image}: the image's id and where to fetch it.
 */
record ImageCreated(UUID id, String url) {
}
