package org.ptzcam.codec.video;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Walks an AV1 low-overhead bitstream (OBUs with size fields, AV1 spec section 5). */
public final class Obus {

    /** OBU type of a sequence header. */
    public static final int SEQUENCE_HEADER = 1;
    /** OBU type of a temporal delimiter. */
    public static final int TEMPORAL_DELIMITER = 2;

    private Obus() {
    }

    /** The OBU type (0..15) of the OBU starting at {@code header}. */
    public static int type(byte header) {
        return (header >> 3) & 0x0f;
    }

    /**
     * The complete OBUs (header, size field and payload) in {@code data}, stopping after the first
     * frame, frame header or tile group OBU (types 3, 4, 6) so the tile data is not walked.
     */
    public static List<byte[]> headersUntilFrame(byte[] data) {
        List<byte[]> obus = new ArrayList<>();
        int pos = 0;
        while (pos < data.length) {
            int header = data[pos] & 0xff;
            boolean extension = (header & 0x04) != 0;
            boolean hasSize = (header & 0x02) != 0;
            int p = pos + 1 + (extension ? 1 : 0);
            long size;
            if (hasSize) {
                long[] leb = leb128(data, p);
                size = leb[0];
                p += (int) leb[1];
            } else {
                size = data.length - p; // last OBU of the packet
            }
            int end = (int) Math.min(data.length, p + size);
            obus.add(Arrays.copyOfRange(data, pos, end));
            int type = type((byte) header);
            if (type == 3 || type == 4 || type == 6) {
                break;
            }
            pos = end;
        }
        return obus;
    }

    /** True if {@code data} starts with a temporal delimiter OBU. */
    public static boolean startsWithTemporalDelimiter(byte[] data) {
        return data.length >= 2 && type(data[0]) == TEMPORAL_DELIMITER;
    }

    /** {value, byteCount} of the leb128 number at {@code pos}. */
    private static long[] leb128(byte[] d, int pos) {
        long value = 0;
        int i = 0;
        while (i < 8 && pos + i < d.length) {
            int b = d[pos + i] & 0xff;
            value |= (long) (b & 0x7f) << (7 * i);
            i++;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return new long[] {value, i};
    }
}
