package org.ptzcam.rtsp.rtp.aac;

import java.util.List;

/** AAC AUs (sizes) and their RFC 3640 packet counts at a 400-byte payload limit (4 bytes of headers). */
final class AacCaseTable {

    record Case(String name, int auSize, int packets) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final int MAX = 400;

    static final List<Case> CASES = List.of(
            new Case("one-byte AU", 1, 1),
            new Case("typical 16 kHz AU", 120, 1),
            new Case("AU exactly filling a packet", MAX - 4, 1),
            new Case("AU one byte over", MAX - 3, 2),
            new Case("AU in three fragments", 3 * (MAX - 4), 3),
            new Case("largest AU (13-bit size)", AacPayloader.MAX_AU, (AacPayloader.MAX_AU + MAX - 5) / (MAX - 4)));

    private AacCaseTable() {
    }

    static byte[] au(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }
}
