package io.mediaflow.media.upload;

import java.util.EnumSet;
import java.util.Set;

import io.mediaflow.media.task.MediaKind;
import org.jspecify.annotations.Nullable;

/**
 * What an upload is for: which media it takes, and what each file becomes.
 */
public sealed interface UploadPurpose {

	/**
	 * Kinds of media (as found in the bytes) this purpose takes; anything else is 415.
	 */
	Set<MediaKind> accepts();

	/** {@code POST /upload}: images are augmented, WAVs become MP3s. */
	record Augment() implements UploadPurpose {

		@Override
		public Set<MediaKind> accepts() {
			return EnumSet.of(MediaKind.IMAGE, MediaKind.AUDIO);
		}

	}

	/** {@code POST /record}: one WAV becomes an MP3. */
	record ConvertRecording() implements UploadPurpose {

		@Override
		public Set<MediaKind> accepts() {
			return EnumSet.of(MediaKind.AUDIO);
		}

	}

	/**
	 * {@code POST /image}: one image is stored as a JPEG fitted inside an optional box.
	 */
	record StoreJpeg(@Nullable Integer maxWidth, @Nullable Integer maxHeight, int quality) implements UploadPurpose {

		@Override
		public Set<MediaKind> accepts() {
			return EnumSet.of(MediaKind.IMAGE);
		}

	}

}
