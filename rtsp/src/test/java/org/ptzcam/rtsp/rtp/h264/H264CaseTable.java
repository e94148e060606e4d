package org.ptzcam.rtsp.rtp.h264;

import static org.ptzcam.rtsp.rtp.NalCases.nal;

import java.util.List;

/**
 * H.264 access units and how RFC 6184 packetization-mode 1 must carry them at a 1400-byte
 * payload limit. Shared by the payloader/depayloader round trip (and later the fuzzer seeds).
 */
final class H264CaseTable {

    record Case(String name, List<byte[]> nals, int packets) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final int MAX = 1400;

    static final List<Case> CASES = List.of(
            new Case("one small P slice", List.of(nal(200, 1, 0x41, 0x9a)), 1),
            new Case("IDR with SPS, PPS, SEI", List.of(nal(25, 2, 0x67, 0x64, 0x00, 0x1f), nal(6, 3, 0x68, 0xee),
                    nal(30, 4, 0x06, 0x05), nal(1000, 5, 0x65, 0x88)), 4),
            new Case("NAL exactly at the limit", List.of(nal(MAX, 6, 0x41)), 1),
            new Case("NAL one byte over the limit", List.of(nal(MAX + 1, 7, 0x41)), 2),
            new Case("large IDR in FU-A", List.of(nal(25, 8, 0x67, 0x42, 0xe0, 0x1f), nal(5, 9, 0x68),
                    nal(50_000, 10, 0x65, 0x88)), 2 + (50_000 - 1 + MAX - 3) / (MAX - 2)),
            new Case("two slices of one picture", List.of(nal(3000, 11, 0x65), nal(3000, 12, 0x65)), 6),
            new Case("access unit delimiter first", List.of(nal(2, 13, 0x09, 0xf0), nal(100, 14, 0x41)), 2));

    private H264CaseTable() {
    }
}
