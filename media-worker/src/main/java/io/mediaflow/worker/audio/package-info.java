/**
 * Audio jobs: WAV to MP3 with JAVE's bundled ffmpeg (libmp3lame).
 */
@NullMarked
package io.mediaflow.worker.audio;

import org.jspecify.annotations.NullMarked;
