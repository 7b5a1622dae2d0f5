package io.mediaflow.media.upload;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what one upload may contain, each named after what it bounds.
 *
 * @param maxFileSize largest accepted file (also set as
 * {@code spring.servlet.multipart.max-file-size})
 * @param maxFilesPerUpload most files in one {@code POST /upload}
 * @param maxImagePixels most pixels (width x height, read from the header before
 * decoding) of one image
 * @param maxAudioDuration longest WAV accepted (its duration follows from the header)
 * @param maxDecodedImageSize most bytes one image may take once decoded (width x height x
 * channels x bytes per sample, from the header): the worker holds it and as much again
 * for the rotated copy. The default lets an 8-bit RGBA image of {@code maxImagePixels}
 * through, and stops 16-bit images far below that pixel count.
 */
@ConfigurationProperties("mediaflow.limits")
@Validated
public record MediaLimitsProperties(@DefaultValue("50MB") @NotNull DataSize maxFileSize,
		@DefaultValue("20") @Min(1) int maxFilesPerUpload, @DefaultValue("50000000") @Min(1) long maxImagePixels,
		@DefaultValue("30m") @NotNull Duration maxAudioDuration,
		@DefaultValue("200MB") @NotNull DataSize maxDecodedImageSize) {
}
