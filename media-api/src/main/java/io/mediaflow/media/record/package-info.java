/**
 * WAV recordings converted to MP3: the seed 002/003 record endpoints and the audio
 * records behind them.
 */
@NullMarked
package io.mediaflow.media.record;

import org.jspecify.annotations.NullMarked;
