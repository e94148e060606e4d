package org.ptzcam.rtsp.rtp;

import java.util.ArrayList;
import java.util.List;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.audio.AudioEncoder;
import org.ptzcam.codec.audio.AudioEncoderConfig;

/** Real encoder output for payloader round trips: a 440 Hz tone with noise, as the camera encodes it. */
public final class EncodedAudio {

    private EncodedAudio() {
    }

    /** The frames of {@code seconds} of a tone through the codec module's encoder. */
    public static List<byte[]> frames(AudioEncoderConfig config, double seconds) {
        int samples = (int) (config.sampleRate() * seconds);
        short[] pcm = new short[samples * config.channels()];
        java.util.Random noise = new java.util.Random(3);
        for (int i = 0; i < samples; i++) {
            double v = 8000 * Math.sin(2 * Math.PI * 440 * i / config.sampleRate()) + noise.nextGaussian() * 500;
            for (int c = 0; c < config.channels(); c++) {
                pcm[i * config.channels() + c] = (short) v;
            }
        }
        List<byte[]> out = new ArrayList<>();
        try (AudioEncoder enc = AudioEncoder.open(config)) {
            enc.encode(pcm).forEach(p -> out.add(p.data()));
            enc.flush().stream().map(EncodedPacket::data).forEach(out::add);
        }
        return out;
    }
}
