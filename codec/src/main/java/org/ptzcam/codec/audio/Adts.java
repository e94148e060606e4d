package org.ptzcam.codec.audio;

/**
 * ADTS headers (ISO/IEC 13818-7 / 14496-3) that turn raw AAC-LC frames into a self-describing
 * stream — what players expect from {@code audio/aac} over HTTP.
 */
public final class Adts {

    public static final int HEADER_BYTES = 7;
    private static final int[] RATES = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025,
            8000, 7350};

    private Adts() {
    }

    /** The 7-byte header (no CRC) for one AAC-LC frame of {@code payloadLength} bytes. */
    public static byte[] header(int payloadLength, int sampleRate, int channels) {
        int index = rateIndex(sampleRate);
        if (channels < 1 || channels > 7) {
            throw new IllegalArgumentException("ADTS carries 1..7 channels, not " + channels);
        }
        int frameLength = payloadLength + HEADER_BYTES;
        if (frameLength > 0x1FFF) {
            throw new IllegalArgumentException("AAC frame too long for ADTS: " + payloadLength);
        }
        int profile = 1;  // AAC LC (object type 2) minus one
        return new byte[] {
            (byte) 0xFF,
            (byte) 0xF1,  // sync, MPEG-4, layer 0, no CRC
            (byte) ((profile << 6) | (index << 2) | (channels >> 2)),
            (byte) (((channels & 3) << 6) | (frameLength >> 11)),
            (byte) ((frameLength >> 3) & 0xFF),
            (byte) (((frameLength & 7) << 5) | 0x1F),
            (byte) 0xFC  // buffer fullness 0x7FF (VBR), one raw data block
        };
    }

    static int rateIndex(int sampleRate) {
        for (int i = 0; i < RATES.length; i++) {
            if (RATES[i] == sampleRate) {
                return i;
            }
        }
        throw new IllegalArgumentException("no ADTS sampling index for " + sampleRate + " Hz");
    }
}
