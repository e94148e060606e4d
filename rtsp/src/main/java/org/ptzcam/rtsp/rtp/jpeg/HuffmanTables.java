package org.ptzcam.rtsp.rtp.jpeg;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import javax.imageio.plugins.jpeg.JPEGHuffmanTable;

/** The JPEG Annex K Huffman tables RFC 2435 receivers assume, and a check against them. */
final class HuffmanTables {

    /** Class/id byte (Tc<<4 | Th) → standard table, in DHT order. */
    private static final JPEGHuffmanTable[] STANDARD = {
        JPEGHuffmanTable.StdDCLuminance, JPEGHuffmanTable.StdACLuminance,
        JPEGHuffmanTable.StdDCChrominance, JPEGHuffmanTable.StdACChrominance};
    private static final int[] CLASS_ID = {0x00, 0x10, 0x01, 0x11};

    private HuffmanTables() {
    }

    /** Whether every table in the DHT segment body [pos, end) is the standard one for its slot. */
    static boolean areStandard(ByteBuffer b, int pos, int end) {
        while (pos + 17 <= end) {
            int classId = b.get(pos) & 0xff;
            int count = 0;
            short[] lengths = new short[16];
            for (int i = 0; i < 16; i++) {
                lengths[i] = (short) (b.get(pos + 1 + i) & 0xff);
                count += lengths[i];
            }
            if (pos + 17 + count > end) {
                return false;
            }
            JPEGHuffmanTable std = standardFor(classId);
            if (std == null || !java.util.Arrays.equals(std.getLengths(), lengths)) {
                return false;
            }
            short[] values = std.getValues();
            for (int i = 0; i < count; i++) {
                if (values[i] != (b.get(pos + 17 + i) & 0xff)) {
                    return false;
                }
            }
            pos += 17 + count;
        }
        return pos == end;
    }

    private static JPEGHuffmanTable standardFor(int classId) {
        for (int i = 0; i < CLASS_ID.length; i++) {
            if (CLASS_ID[i] == classId) {
                return STANDARD[i];
            }
        }
        return null;
    }

    /** One DHT segment (marker included) holding the four standard tables. */
    static byte[] standardSegment() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < STANDARD.length; i++) {
            body.write(CLASS_ID[i]);
            for (short l : STANDARD[i].getLengths()) {
                body.write(l);
            }
            for (short v : STANDARD[i].getValues()) {
                body.write(v);
            }
        }
        ByteArrayOutputStream seg = new ByteArrayOutputStream();
        seg.write(0xff);
        seg.write(JpegFrame.DHT);
        seg.write((body.size() + 2) >> 8);
        seg.write(body.size() + 2);
        seg.writeBytes(body.toByteArray());
        return seg.toByteArray();
    }
}
