package org.ptzcam.rtsp.rtp.av1;

import java.util.Optional;

/**
 * The fields of an AV1 sequence header OBU that SDP's {@code fmtp} carries (AOM RTP payload spec
 * §7.2.1: {@code profile}, {@code level-idx}, {@code tier}), read per AV1 spec §5.5 up to the
 * first operating point.
 *
 * @param profile  seq_profile 0..2
 * @param levelIdx seq_level_idx of operating point 0
 * @param tier     seq_tier of operating point 0 (0 unless the level is above 7)
 */
public record SequenceHeader(int profile, int levelIdx, int tier) {

    /** The fmtp value, e.g. {@code profile=0;level-idx=8;tier=0}. */
    public String fmtp() {
        return "profile=" + profile + ";level-idx=" + levelIdx + ";tier=" + tier;
    }

    /** Parses a complete sequence header OBU (header, optional size field, payload); empty if it is none. */
    public static Optional<SequenceHeader> parse(byte[] obu) {
        try {
            if (obu.length < 2 || Av1Payloader.type(obu[0]) != Av1Payloader.SEQUENCE_HEADER) {
                return Optional.empty();
            }
            int pos = (obu[0] & 0x04) != 0 ? 2 : 1;
            if ((obu[0] & 0x02) != 0) {
                while ((obu[pos] & 0x80) != 0) {
                    pos++;
                }
                pos++;
            }
            Bits b = new Bits(obu, pos);
            int profile = b.read(3);
            b.read(1); // still_picture
            boolean reduced = b.read(1) == 1;
            if (reduced) {
                return Optional.of(new SequenceHeader(profile, b.read(5), 0));
            }
            boolean timing = b.read(1) == 1;
            boolean decoderModel = false;
            int bufferDelayLength = 0;
            if (timing) {
                b.read(32);
                b.read(32);
                if (b.read(1) == 1) { // equal_picture_interval: uvlc
                    int zeros = 0;
                    while (b.read(1) == 0) {
                        zeros++;
                    }
                    b.read(zeros);
                }
                decoderModel = b.read(1) == 1;
                if (decoderModel) {
                    bufferDelayLength = b.read(5) + 1;
                    b.read(32);
                    b.read(5);
                    b.read(5);
                }
            }
            b.read(1); // initial_display_delay_present_flag
            b.read(5); // operating_points_cnt_minus_1
            b.read(12); // operating_point_idc[0]
            int level = b.read(5);
            int tier = level > 7 ? b.read(1) : 0;
            return Optional.of(new SequenceHeader(profile, level, tier));
        } catch (ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** MSB-first bit reader. */
    private static final class Bits {
        private final byte[] data;
        private long bit;

        Bits(byte[] data, int start) {
            this.data = data;
            this.bit = start * 8L;
        }

        int read(int n) {
            long v = 0;
            for (int i = 0; i < n; i++) {
                int byteIndex = (int) (bit >> 3);
                v = (v << 1) | ((data[byteIndex] >> (7 - (bit & 7))) & 1);
                bit++;
            }
            return (int) v;
        }
    }
}
