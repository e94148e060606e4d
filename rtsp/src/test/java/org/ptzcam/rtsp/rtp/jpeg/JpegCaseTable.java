package org.ptzcam.rtsp.rtp.jpeg;

import java.util.List;

/** JPEGs and how RFC 2435 carries them; shared by the round trip tests and later fuzz seeds. */
final class JpegCaseTable {

    record Case(String name, int width, int height, boolean optimizedHuffman, int restartInterval, int type) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final int MAX = 1400;

    static final List<Case> CASES = List.of(
            new Case("640x360 standard tables", 640, 360, false, 0, 1),
            new Case("320x176 one packet or two", 320, 176, false, 0, 1),
            new Case("1920x1080 many packets", 1920, 1080, false, 0, 1),
            new Case("2040x2040 largest size", 2040, 2040, false, 0, 1),
            new Case("restart markers every 4 MCUs", 640, 368, false, 4, 65),
            new Case("optimized Huffman tables are re-coded", 640, 360, true, 0, 1),
            new Case("optimized Huffman with restart markers", 640, 352, true, 3, 65));

    private JpegCaseTable() {
    }
}
