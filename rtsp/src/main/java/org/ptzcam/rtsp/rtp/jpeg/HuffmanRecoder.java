package org.ptzcam.rtsp.rtp.jpeg;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import javax.imageio.plugins.jpeg.JPEGHuffmanTable;

/**
 * Re-codes the entropy-coded scan of a baseline JPEG from its own Huffman tables to the standard
 * (Annex K) tables that RFC 2435 receivers assume. Lossless: the same coefficients, only other
 * code words. Restart markers are kept where they were.
 */
final class HuffmanRecoder {

    private HuffmanRecoder() {
    }

    /** The re-coded scan of {@code jpeg}, whose parsed form is {@code frame}. */
    static ByteBuffer recode(ByteBuffer jpeg, JpegFrame frame) {
        Decoder[] dc = new Decoder[4];
        Decoder[] ac = new Decoder[4];
        int[] dcSel = new int[3];
        int[] acSel = new int[3];
        readTables(jpeg.duplicate(), dc, ac, dcSel, acSel);
        Encoder[] stdDc = {new Encoder(JPEGHuffmanTable.StdDCLuminance), new Encoder(JPEGHuffmanTable.StdDCChrominance)};
        Encoder[] stdAc = {new Encoder(JPEGHuffmanTable.StdACLuminance), new Encoder(JPEGHuffmanTable.StdACChrominance)};
        int lumaBlocks = (frame.type() & 63) == 1 ? 4 : 2;
        int mcuWidth = 16;
        int mcuHeight = lumaBlocks == 4 ? 16 : 8;
        int mcus = ((frame.width() + mcuWidth - 1) / mcuWidth) * ((frame.height() + mcuHeight - 1) / mcuHeight);
        BitReader in = new BitReader(frame.scan());
        BitWriter out = new BitWriter(frame.scan().remaining() + 1024);
        int interval = frame.restartInterval();
        for (int m = 0; m < mcus; m++) {
            if (interval > 0 && m > 0 && m % interval == 0) {
                int rst = in.restart();
                out.restart(rst);
            }
            for (int blk = 0; blk < lumaBlocks + 2; blk++) {
                int c = blk < lumaBlocks ? 0 : blk - lumaBlocks + 1;
                int table = c == 0 ? 0 : 1;
                block(in, out, dc[dcSel[c]], ac[acSel[c]], stdDc[table], stdAc[table]);
            }
        }
        out.flush();
        return ByteBuffer.wrap(out.bytes());
    }

    private static void block(BitReader in, BitWriter out, Decoder dc, Decoder ac, Encoder stdDc, Encoder stdAc) {
        int s = dc.decode(in);
        stdDc.write(out, s);
        out.bits(in.bits(s), s);
        for (int k = 1; k < 64; k++) {
            int rs = ac.decode(in);
            stdAc.write(out, rs);
            int r = rs >> 4;
            int size = rs & 15;
            if (size == 0) {
                if (r != 15) {
                    return; // EOB
                }
                k += 15;
            } else {
                k += r;
                out.bits(in.bits(size), size);
            }
        }
    }

    private static void readTables(ByteBuffer b, Decoder[] dc, Decoder[] ac, int[] dcSel, int[] acSel) {
        int pos = b.position() + 2;
        int[] componentIds = new int[3];
        while (pos + 4 <= b.limit()) {
            int marker = b.get(pos + 1) & 0xff;
            int length = ((b.get(pos + 2) & 0xff) << 8) | (b.get(pos + 3) & 0xff);
            int seg = pos + 4;
            int end = pos + 2 + length;
            if (marker == JpegFrame.SOF0) {
                for (int c = 0; c < 3; c++) {
                    componentIds[c] = b.get(seg + 6 + 3 * c) & 0xff;
                }
            } else if (marker == JpegFrame.DHT) {
                while (seg + 17 <= end) {
                    int classId = b.get(seg) & 0xff;
                    int[] lengths = new int[16];
                    int count = 0;
                    for (int i = 0; i < 16; i++) {
                        lengths[i] = b.get(seg + 1 + i) & 0xff;
                        count += lengths[i];
                    }
                    int[] values = new int[count];
                    for (int i = 0; i < count; i++) {
                        values[i] = b.get(seg + 17 + i) & 0xff;
                    }
                    ((classId >> 4) == 0 ? dc : ac)[classId & 3] = new Decoder(lengths, values);
                    seg += 17 + count;
                }
            } else if (marker == JpegFrame.SOS) {
                int n = b.get(seg) & 0xff;
                for (int i = 0; i < n; i++) {
                    int id = b.get(seg + 1 + 2 * i) & 0xff;
                    int sel = b.get(seg + 2 + 2 * i) & 0xff;
                    for (int c = 0; c < 3; c++) {
                        if (componentIds[c] == id) {
                            dcSel[c] = (sel >> 4) & 3;
                            acSel[c] = sel & 3;
                        }
                    }
                }
                for (int c = 0; c < 3; c++) {
                    if (dc[dcSel[c]] == null || ac[acSel[c]] == null) {
                        throw new JpegException("corrupt JPEG: scan uses a Huffman table that is not defined");
                    }
                }
                return;
            }
            pos = end;
        }
        throw new JpegException("corrupt JPEG: no SOS");
    }

    /** Canonical Huffman decoding (JPEG F.2.2.3). */
    private static final class Decoder {
        private final int[] maxCode = new int[18];
        private final int[] valPtr = new int[17];
        private final int[] minCode = new int[17];
        private final int[] values;

        Decoder(int[] lengths, int[] values) {
            this.values = values;
            int code = 0;
            int k = 0;
            for (int l = 1; l <= 16; l++) {
                valPtr[l] = k;
                minCode[l] = code;
                code += lengths[l - 1];
                k += lengths[l - 1];
                maxCode[l] = lengths[l - 1] == 0 ? -1 : code - 1;
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
        }

        int decode(BitReader in) {
            int code = in.bit();
            for (int l = 1; l <= 16; l++) {
                if (maxCode[l] >= 0 && code <= maxCode[l]) {
                    return values[valPtr[l] + code - minCode[l]];
                }
                code = (code << 1) | in.bit();
            }
            throw new JpegException("corrupt JPEG: bad Huffman code in scan");
        }
    }

    /** Symbol → code word of a table. */
    private static final class Encoder {
        private final int[] code = new int[256];
        private final int[] size = new int[256];

        Encoder(JPEGHuffmanTable table) {
            short[] lengths = table.getLengths();
            short[] values = table.getValues();
            int c = 0;
            int k = 0;
            for (int l = 1; l <= 16; l++) {
                for (int i = 0; i < lengths[l - 1]; i++) {
                    code[values[k]] = c++;
                    size[values[k]] = l;
                    k++;
                }
                c <<= 1;
            }
        }

        void write(BitWriter out, int symbol) {
            if (size[symbol] == 0) {
                throw new JpegException("symbol " + symbol + " has no standard Huffman code");
            }
            out.bits(code[symbol], size[symbol]);
        }
    }

    private static final class BitReader {
        private final ByteBuffer data;
        private int pos;
        private int current;
        private int left;

        BitReader(ByteBuffer data) {
            this.data = data;
            this.pos = data.position();
        }

        int bit() {
            if (left == 0) {
                if (pos >= data.limit()) {
                    throw new JpegException("corrupt JPEG: scan ends early");
                }
                current = data.get(pos++) & 0xff;
                if (current == 0xff) {
                    int next = pos < data.limit() ? data.get(pos) & 0xff : 0;
                    if (next != 0) {
                        throw new JpegException("corrupt JPEG: marker inside an interval");
                    }
                    pos++;
                }
                left = 8;
            }
            left--;
            return (current >> left) & 1;
        }

        int bits(int n) {
            int v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 1) | bit();
            }
            return v;
        }

        /** Skips to the next restart marker and returns its number 0..7. */
        int restart() {
            left = 0;
            if (pos + 1 >= data.limit() || (data.get(pos) & 0xff) != 0xff || ((data.get(pos + 1) & 0xf8) != 0xd0)) {
                throw new JpegException("corrupt JPEG: restart marker expected");
            }
            int n = data.get(pos + 1) & 7;
            pos += 2;
            return n;
        }
    }

    private static final class BitWriter {
        private final ByteArrayOutputStream out;
        private int current;
        private int used;

        BitWriter(int size) {
            out = new ByteArrayOutputStream(size);
        }

        void bits(int value, int n) {
            for (int i = n - 1; i >= 0; i--) {
                current = (current << 1) | ((value >> i) & 1);
                if (++used == 8) {
                    emit();
                }
            }
        }

        private void emit() {
            out.write(current);
            if (current == 0xff) {
                out.write(0);
            }
            current = 0;
            used = 0;
        }

        /** Pads the last byte with one bits. */
        void flush() {
            if (used > 0) {
                bits(0xff, 8 - used);
            }
        }

        void restart(int n) {
            flush();
            out.write(0xff);
            out.write(0xd0 + n);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
