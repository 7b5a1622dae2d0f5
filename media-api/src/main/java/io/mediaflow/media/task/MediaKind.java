package io.mediaflow.media.task;

/**
 * What an uploaded file is, and so which worker queue it goes to.
 */
public enum MediaKind {

	IMAGE, AUDIO

}
