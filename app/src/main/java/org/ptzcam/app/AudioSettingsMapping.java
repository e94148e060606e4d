package org.ptzcam.app;

import java.nio.file.Path;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.device.settings.AudioSettings;
import org.ptzcam.media.live.AudioInput;

/** The device's Audio > Device settings as the live audio's plain values. */
final class AudioSettingsMapping {

    private AudioSettingsMapping() {
    }

    static AudioInput toInput(AudioSettings s, Path lineInFile) {
        AudioCodec codec = switch (s.encoding()) {
            case OPUS -> AudioCodec.OPUS;
            case AAC -> AudioCodec.AAC_LC;
            case G711 -> AudioCodec.PCMU;
        };
        return new AudioInput(s.input() == AudioSettings.Input.LINE, lineInFile, s.inputGainDb(), s.phantomPower(),
                new AudioEncoderConfig(codec, s.effectiveSampleRate(), 1, s.effectiveBitRateKbps()));
    }
}
