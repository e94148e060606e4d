package org.ptzcam.rtsp.rtp.av1;

import io.netty.buffer.ByteBuf;

/** Unsigned LEB128 numbers as AV1 uses them (AV1 spec §4.10.5): at most 8 bytes, values below 2^32 here. */
final class Leb128 {

    private Leb128() {
    }

    /** Bytes the minimal encoding of {@code value} takes. */
    static int size(long value) {
        int n = 1;
        while (value >= 0x80) {
            value >>>= 7;
            n++;
        }
        return n;
    }

    static void write(ByteBuf out, long value) {
        while (value >= 0x80) {
            out.writeByte((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    /**
     * Reads a number at {@code in}'s reader index and advances it; -1 if the bytes end first or it
     * is longer than 8 bytes or above 2^31 (no OBU or element is that large).
     */
    static long read(ByteBuf in) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            if (!in.isReadable()) {
                return -1;
            }
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                return value > Integer.MAX_VALUE ? -1 : value;
            }
        }
        return -1;
    }
}
