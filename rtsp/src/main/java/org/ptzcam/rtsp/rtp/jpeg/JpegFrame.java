package org.ptzcam.rtsp.rtp.jpeg;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What RFC 2435 carries of a baseline JPEG: RTP/JPEG type, size, the two quantization tables,
 * the restart interval and the entropy-coded scan (a slice of the input, not a copy).
 *
 * @param type            0 (4:2:2, Y 2×1) or 1 (4:2:0, Y 2×2); +64 when restart markers are used
 * @param width           picture width in pixels
 * @param height          picture height in pixels
 * @param lumaTable       64 luma quantizers in zig-zag order (as in DQT)
 * @param chromaTable     64 chroma quantizers in zig-zag order
 * @param restartInterval MCUs between restart markers, 0 for none
 * @param scan            entropy-coded data between the SOS header and EOI
 * @param standardHuffman whether the Huffman tables are those of JPEG Annex K (RFC 2435
 *                        receivers assume them; tables not given count as standard)
 */
public record JpegFrame(int type, int width, int height, byte[] lumaTable, byte[] chromaTable, int restartInterval,
        ByteBuffer scan, boolean standardHuffman) {

    /** Largest width or height RFC 2435 can express (8 bits of 8-pixel blocks). */
    public static final int MAX_SIZE = 2040;

    /** Marker codes (the byte after 0xFF). */
    static final int SOI = 0xd8;
    static final int EOI = 0xd9;
    static final int SOF0 = 0xc0;
    static final int DHT = 0xc4;
    static final int DQT = 0xdb;
    static final int DRI = 0xdd;
    static final int SOS = 0xda;

    /**
     * Reads a baseline JPEG.
     *
     * @throws JpegException if it is not an 8-bit baseline YCbCr JPEG with 4:2:0 or 4:2:2
     *                       sampling, or is larger than 2040 pixels in either direction
     */
    public static JpegFrame parse(ByteBuffer jpeg) {
        ByteBuffer b = jpeg.duplicate();
        int base = b.position();
        int end = b.limit();
        if (end - base < 4 || (b.get(base) & 0xff) != 0xff || (b.get(base + 1) & 0xff) != SOI) {
            throw new JpegException("not a JPEG: no SOI marker");
        }
        Map<Integer, byte[]> tables = new HashMap<>();
        boolean standard = true;
        int restart = 0;
        int width = -1;
        int height = -1;
        int sampling = -1;
        int[] tableOfComponent = new int[3];
        int pos = base + 2;
        while (true) {
            while (pos < end && (b.get(pos) & 0xff) == 0xff && pos + 1 < end && (b.get(pos + 1) & 0xff) == 0xff) {
                pos++; // fill bytes
            }
            if (pos + 4 > end || (b.get(pos) & 0xff) != 0xff) {
                throw new JpegException("corrupt JPEG: marker expected at byte " + (pos - base));
            }
            int marker = b.get(pos + 1) & 0xff;
            int length = ((b.get(pos + 2) & 0xff) << 8) | (b.get(pos + 3) & 0xff);
            int seg = pos + 4;
            int segEnd = pos + 2 + length;
            if (length < 2 || segEnd > end) {
                throw new JpegException("corrupt JPEG: segment overruns the data");
            }
            switch (marker) {
                case DQT -> readTables(b, seg, segEnd, tables);
                case DHT -> standard &= HuffmanTables.areStandard(b, seg, segEnd);
                case DRI -> restart = ((b.get(seg) & 0xff) << 8) | (b.get(seg + 1) & 0xff);
                case SOF0 -> {
                    if ((b.get(seg) & 0xff) != 8 || (b.get(seg + 5) & 0xff) != 3) {
                        throw new JpegException("RTP/JPEG needs 8-bit, 3-component baseline JPEG");
                    }
                    height = ((b.get(seg + 1) & 0xff) << 8) | (b.get(seg + 2) & 0xff);
                    width = ((b.get(seg + 3) & 0xff) << 8) | (b.get(seg + 4) & 0xff);
                    sampling = b.get(seg + 7) & 0xff;
                    for (int c = 0; c < 3; c++) {
                        int s = b.get(seg + 7 + 3 * c) & 0xff;
                        if (c > 0 && s != 0x11) {
                            throw new JpegException("RTP/JPEG needs chroma sampled 1x1 in the MCU");
                        }
                        tableOfComponent[c] = b.get(seg + 8 + 3 * c) & 0xff;
                    }
                }
                case 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf ->
                        throw new JpegException("RTP/JPEG carries baseline JPEG only (SOF" + (marker - 0xc0) + " found)");
                case SOS -> {
                    return finish(b, segEnd, end, width, height, sampling, tableOfComponent, tables, restart, standard);
                }
                default -> {
                    // APPn, COM and others: not carried
                }
            }
            pos = segEnd;
        }
    }

    private static JpegFrame finish(ByteBuffer b, int scanStart, int end, int width, int height, int sampling,
            int[] tableOfComponent, Map<Integer, byte[]> tables, int restart, boolean standard) {
        if (width < 0) {
            throw new JpegException("corrupt JPEG: SOS before SOF0");
        }
        if (width > MAX_SIZE || height > MAX_SIZE) {
            throw new JpegException("RTP/JPEG (RFC 2435) cannot carry " + width + "x" + height
                    + ": width and height are limited to " + MAX_SIZE + " pixels; use H.264 or H.265 for this size");
        }
        int type = switch (sampling) {
            case 0x21 -> 0;
            case 0x22 -> 1;
            default -> throw new JpegException("RTP/JPEG needs 4:2:2 or 4:2:0 sampling, not 0x" + Integer.toHexString(sampling));
        };
        byte[] luma = tables.get(tableOfComponent[0]);
        byte[] chroma = tables.get(tableOfComponent[1]);
        if (luma == null || chroma == null || tableOfComponent[1] != tableOfComponent[2]) {
            throw new JpegException("corrupt JPEG: quantization tables missing or Cb/Cr differ");
        }
        int scanEnd = end;
        while (scanEnd - 2 >= scanStart && !((b.get(scanEnd - 2) & 0xff) == 0xff && (b.get(scanEnd - 1) & 0xff) == EOI)) {
            scanEnd--;
        }
        if (scanEnd - 2 < scanStart) {
            throw new JpegException("corrupt JPEG: no EOI marker");
        }
        ByteBuffer scan = b.slice(scanStart, scanEnd - 2 - scanStart);
        return new JpegFrame(restart > 0 ? type + 64 : type, width, height, luma, chroma, restart, scan, standard);
    }

    private static void readTables(ByteBuffer b, int pos, int end, Map<Integer, byte[]> tables) {
        while (pos < end) {
            int pq = (b.get(pos) & 0xff) >> 4;
            int tq = b.get(pos) & 0x0f;
            if (pq != 0) {
                throw new JpegException("RTP/JPEG needs 8-bit quantization tables");
            }
            if (pos + 65 > end) {
                throw new JpegException("corrupt JPEG: short DQT");
            }
            byte[] t = new byte[64];
            b.get(pos + 1, t);
            tables.put(tq, t);
            pos += 65;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JpegFrame f && f.type == type && f.width == width && f.height == height
                && Arrays.equals(f.lumaTable, lumaTable) && Arrays.equals(f.chromaTable, chromaTable)
                && f.restartInterval == restartInterval && f.scan.equals(scan) && f.standardHuffman == standardHuffman;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(lumaTable) * 31 + scan.hashCode();
    }
}
