package org.ptzcam.rtsp.rtp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the NAL units of an H.264/H.265 Annex-B access unit as slices of the caller's buffer
 * (no copy), without start codes and trailing zero bytes.
 */
public final class NalUnits {

    private NalUnits() {
    }

    public static List<ByteBuffer> split(ByteBuffer annexB) {
        List<ByteBuffer> units = new ArrayList<>();
        int base = annexB.position();
        int limit = annexB.limit();
        int start = next(annexB, base, limit);
        while (start >= 0) {
            int code = find(annexB, start, limit);
            int end = code < 0 ? limit : code;
            while (end > start && annexB.get(end - 1) == 0) {
                end--;
            }
            if (end > start) {
                units.add(annexB.slice(start, end - start));
            }
            start = code < 0 ? -1 : code + 3;
        }
        return units;
    }

    private static int next(ByteBuffer b, int from, int limit) {
        int code = find(b, from, limit);
        return code < 0 ? -1 : code + 3;
    }

    /** Index of the next 00 00 01 at or after {@code from}, or -1. */
    private static int find(ByteBuffer b, int from, int limit) {
        for (int i = from; i + 2 < limit; i++) {
            int third = b.get(i + 2) & 0xff;
            if (third > 1) {
                i += 2;
            } else if (third == 1 && b.get(i) == 0 && b.get(i + 1) == 0) {
                return i;
            }
        }
        return -1;
    }
}
