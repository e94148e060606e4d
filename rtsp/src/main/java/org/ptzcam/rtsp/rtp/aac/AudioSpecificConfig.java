package org.ptzcam.rtsp.rtp.aac;

import java.util.HexFormat;

/**
 * The two-byte MPEG-4 AudioSpecificConfig of AAC-LC (ISO 14496-3 §1.6.2.1) for SDP's
 * {@code config=}: objectType 2 (5 bits), sampling frequency index (4), channel configuration (4),
 * three zero bits (GASpecificConfig: 1024-sample frames, no core coder, no extension).
 */
public final class AudioSpecificConfig {

    private static final int[] RATES = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025,
            8000, 7350};

    private AudioSpecificConfig() {
    }

    /** The config bytes for AAC-LC at {@code sampleRate} with 1 or 2 channels. */
    public static byte[] aacLc(int sampleRate, int channels) {
        int index = -1;
        for (int i = 0; i < RATES.length; i++) {
            if (RATES[i] == sampleRate) {
                index = i;
            }
        }
        if (index < 0 || channels < 1 || channels > 7) {
            throw new IllegalArgumentException("no AAC-LC config for " + sampleRate + " Hz, " + channels + " channels");
        }
        int bits = (2 << 11) | (index << 7) | (channels << 3);
        return new byte[] {(byte) (bits >> 8), (byte) bits};
    }

    /** As lower-case hex, e.g. {@code 1188} for 48 kHz mono. */
    public static String hex(int sampleRate, int channels) {
        return HexFormat.of().formatHex(aacLc(sampleRate, channels));
    }
}
