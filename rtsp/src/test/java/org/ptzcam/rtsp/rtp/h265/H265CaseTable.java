package org.ptzcam.rtsp.rtp.h265;

import static org.ptzcam.rtsp.rtp.NalCases.nal;

import java.util.List;

/** H.265 access units and their RFC 7798 packet counts at a 1400-byte payload limit. */
final class H265CaseTable {

    record Case(String name, List<byte[]> nals, int packets) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final int MAX = 1400;

    static final List<Case> CASES = List.of(
            new Case("small TRAIL_R", List.of(nal(300, 1, 0x02, 0x01)), 1),
            new Case("IDR with VPS, SPS, PPS", List.of(nal(24, 2, 0x40, 0x01), nal(40, 3, 0x42, 0x01),
                    nal(8, 4, 0x44, 0x01), nal(900, 5, 0x26, 0x01)), 4),
            new Case("NAL exactly at the limit", List.of(nal(MAX, 6, 0x02, 0x01)), 1),
            new Case("NAL one byte over the limit", List.of(nal(MAX + 1, 7, 0x02, 0x01)), 2),
            new Case("large IDR in FUs", List.of(nal(24, 8, 0x40, 0x01), nal(40, 9, 0x42, 0x01), nal(8, 10, 0x44, 0x01),
                    nal(60_000, 11, 0x26, 0x01)), 3 + (60_000 - 2 + MAX - 4) / (MAX - 3)),
            new Case("temporal id and layer bits kept", List.of(nal(5000, 12, 0x03, 0x03)), 4));

    private H265CaseTable() {
    }
}
