package io.mediaflow.worker.audio;

import java.nio.file.Path;

import ws.schild.jave.Encoder;
import ws.schild.jave.EncoderException;
import ws.schild.jave.MultimediaObject;
import ws.schild.jave.encode.AudioAttributes;
import ws.schild.jave.encode.EncodingAttributes;

import org.springframework.stereotype.Component;

/**
 * WAV to MP3 with the ffmpeg JAVE bundles for this platform: libmp3lame at the configured constant bitrate,
 * keeping the source's channels and sample rate.
 */
@Component
class Mp3Encoder {

	private final AudioProcessingProperties settings;

	Mp3Encoder(AudioProcessingProperties settings) {
		this.settings = settings;
	}

	/**
	 * @return the MP3's duration in milliseconds
	 * @throws EncoderException when ffmpeg cannot read the input or fails
	 */
	long encode(Path wav, Path mp3) throws EncoderException {
		AudioAttributes audio = new AudioAttributes();
		audio.setCodec("libmp3lame");
		audio.setBitRate(this.settings.bitrateKbps() * 1000);
		EncodingAttributes attributes = new EncodingAttributes();
		attributes.setOutputFormat("mp3");
		attributes.setAudioAttributes(audio);
		new Encoder().encode(new MultimediaObject(wav.toFile()), mp3.toFile(), attributes);
		return new MultimediaObject(mp3.toFile()).getInfo().getDuration();
	}

}
