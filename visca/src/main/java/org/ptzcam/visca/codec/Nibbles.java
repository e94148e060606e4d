package org.ptzcam.visca.codec;

/**
 * VISCA numbers: each 4-bit nibble in the low half of its own byte ({@code 0p 0q 0r 0s}), most
 * significant first, so no parameter byte can be the {@code FF} terminator. Signed values are
 * two's complement over the nibbles sent (16 bits for 4 nibbles, 20 bits for 5).
 */
public final class Nibbles {
    private Nibbles() {
    }

    /** True when the {@code count} bytes at {@code off} are all of the form {@code 0x0n}. */
    static boolean valid(byte[] b, int off, int count) {
        for (int i = 0; i < count; i++) {
            if ((b[off + i] & 0xF0) != 0) {
                return false;
            }
        }
        return true;
    }

    public static int unsigned(byte[] b, int off, int count) {
        int v = 0;
        for (int i = 0; i < count; i++) {
            v = (v << 4) | (b[off + i] & 0x0F);
        }
        return v;
    }

    public static int signed(byte[] b, int off, int count) {
        int bits = 4 * count;
        int v = unsigned(b, off, count);
        return (v << (32 - bits)) >> (32 - bits);
    }

    /** Writes the low {@code 4 * count} bits of {@code value} as nibble bytes. */
    public static void put(byte[] b, int off, int count, int value) {
        for (int i = count - 1; i >= 0; i--) {
            b[off + i] = (byte) (value & 0x0F);
            value >>= 4;
        }
    }
}
