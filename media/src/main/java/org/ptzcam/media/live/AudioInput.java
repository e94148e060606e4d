package org.ptzcam.media.live;

import java.nio.file.Path;
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
}
