package org.ptzcam.codec.video;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Splits an H.264/H.265 Annex-B byte stream into NAL units (without start codes). */
public final class AnnexB {

    private AnnexB() {
    }

    /** All NAL units of {@code stream}. */
    public static List<byte[]> split(byte[] stream) {
        return splitUntil(stream, nal -> false);
    }

    /**
     * NAL units of {@code stream} up to and including the first one for which {@code stop} is true,
     * so callers looking for parameter sets need not scan the slice data.
     */
    public static List<byte[]> splitUntil(byte[] stream, Predicate<byte[]> stop) {
        List<byte[]> units = new ArrayList<>();
        int start = nextPayload(stream, 0);
        while (start >= 0 && start < stream.length) {
            int code = findStartCode(stream, start);
            int end = code < 0 ? stream.length : code;
            // zero bytes before a start code are trailing_zero_8bits / the 4-byte start code's zero_byte
            while (end > start && stream[end - 1] == 0) {
                end--;
            }
            byte[] nal = Arrays.copyOfRange(stream, start, end);
            if (nal.length > 0) {
                units.add(nal);
                if (stop.test(nal)) {
                    break;
                }
            }
            start = code < 0 ? -1 : code + 3;
        }
        return units;
    }

    /** Index just after the first start code at or after {@code from}, or -1. */
    private static int nextPayload(byte[] s, int from) {
        int code = findStartCode(s, from);
        return code < 0 ? -1 : code + 3;
    }

    /** Index of the next {@code 00 00 01} at or after {@code from}, or -1. */
    private static int findStartCode(byte[] s, int from) {
        for (int i = from; i + 2 < s.length; i++) {
            if ((s[i + 2] & 0xff) > 1) {
                i += 2; // cannot be part of a start code ending before i + 3
            } else if (s[i] == 0 && s[i + 1] == 0 && s[i + 2] == 1) {
                return i;
            }
        }
        return -1;
    }
}
