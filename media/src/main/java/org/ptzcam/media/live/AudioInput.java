package org.ptzcam.media.live;

import java.nio.file.Path;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.audio.AudioEncoderConfig;

/**
 * Audio > Device settings as plain values.
 *
 * @param lineIn       true = line-in, false = the microphone
 * @param lineInFile   what is "plugged into" line-in; null = nothing (silence)
 * @param gainDb       input gain
 * @param phantomPower microphone power (its LED)
 * @param encoder      codec, rate, channels and bitrate of the stream
 */
public record AudioInput(boolean lineIn, Path lineInFile, double gainDb, boolean phantomPower,
                         AudioEncoderConfig encoder) {

    /**
     * The encoding of a stream in {@code codec}: {@link #encoder()} for its own codec; for another
     * codec the same rate, channels and bitrate where that codec allows them (G.711 is always
     * 8 kHz mono; from G.711 settings the other codecs take their defaults).
     */
    public AudioEncoderConfig encoderFor(AudioCodec codec) {
        if (codec == encoder.codec()) {
            return encoder;
        }
        if (codec == AudioCodec.PCMU || encoder.codec() == AudioCodec.PCMU) {
            return AudioEncoderConfig.of(codec);
        }
        int kbps = Math.max(8, Math.min(encoder.bitrateKbps(), 510));
        return new AudioEncoderConfig(codec, encoder.sampleRate(), encoder.channels(), kbps);
    }
}
