package io.mediaflow.media.task;

/**
 * What an uploaded file becomes: augmented images, an MP3, or one stored JPEG.
 */
public enum MediaKind {

	IMAGE, AUDIO, JPEG

}
