package org.ptzcam.rtsp.rtp;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

/** Builds Annex-B access units from NAL units for the H.264 and H.265 case tables. */
public final class NalCases {

    private NalCases() {
    }

    /** A NAL unit: the header bytes, then {@code size - header.length} random bytes without 00 00 0x. */
    public static byte[] nal(int size, long seed, int... header) {
        byte[] b = new byte[size];
        Random r = new Random(seed);
        for (int i = 0; i < size; i++) {
            b[i] = i < header.length ? (byte) header[i] : (byte) (1 + r.nextInt(255));
        }
        return b;
    }

    /** The units joined with start codes (4-byte for the first, 3-byte for the rest, like x264). */
    public static byte[] annexB(List<byte[]> nals) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        boolean first = true;
        for (byte[] n : nals) {
            if (first) {
                o.write(0);
            }
            o.writeBytes(new byte[] {0, 0, 1});
            o.writeBytes(n);
            first = false;
        }
        return o.toByteArray();
    }

    /** The NAL units of an Annex-B stream as arrays. */
    public static List<byte[]> split(byte[] annexB) {
        return NalUnits.split(java.nio.ByteBuffer.wrap(annexB)).stream().map(b -> {
            byte[] a = new byte[b.remaining()];
            b.get(a);
            return a;
        }).toList();
    }
}
