package org.ptzcam.rtsp.rtp.jpeg;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.rtsp.rtp.RtpPayloader;

/**
 * Motion JPEG over RTP, RFC 2435: each packet carries the 8-byte JPEG header, the restart marker
 * header when the JPEG has a DRI (types 64/65), in the first packet the quantization tables
 * (Q = 255: tables in every frame), and a piece of the entropy-coded scan, pointed to without
 * copying. Pictures over 2040 pixels are refused ({@link JpegException}).
 *
 * <p>RFC 2435 receivers decode with the standard (Annex K) Huffman tables. A JPEG with other
 * tables (FFmpeg's default "optimal" Huffman coding) has its scan re-coded with the standard
 * tables by {@link HuffmanRecoder}, which costs a copy and CPU per frame.
 */
public final class JpegPayloader implements RtpPayloader {

    static final int Q_IN_BAND = 255;

    private final int maxPayload;

    public JpegPayloader(int maxPayload) {
        if (maxPayload < 12 + 132 + 1) {
            throw new IllegalArgumentException("max payload too small: " + maxPayload);
        }
        this.maxPayload = maxPayload;
    }

    public JpegPayloader() {
        this(DEFAULT_MAX_PAYLOAD);
    }

    @Override
    public List<ByteBuf> payload(ByteBuffer unit) {
        JpegFrame frame = JpegFrame.parse(unit);
        ByteBuffer scan = frame.standardHuffman() ? frame.scan() : HuffmanRecoder.recode(unit, frame);
        List<ByteBuf> out = new ArrayList<>();
        int size = scan.remaining();
        int offset = 0;
        do {
            ByteBuf header = Unpooled.buffer(12 + 132);
            header.writeByte(0);
            header.writeMedium(offset);
            header.writeByte(frame.type());
            header.writeByte(Q_IN_BAND);
            header.writeByte((frame.width() + 7) / 8);
            header.writeByte((frame.height() + 7) / 8);
            if (frame.restartInterval() > 0) {
                header.writeShort(frame.restartInterval());
                header.writeShort(0xffff); // F = L = 1, count 0x3FFF: the whole frame
            }
            if (offset == 0) {
                header.writeByte(0);
                header.writeByte(0);
                header.writeShort(128);
                header.writeBytes(frame.lumaTable());
                header.writeBytes(frame.chromaTable());
            }
            int len = Math.min(maxPayload - header.readableBytes(), size - offset);
            out.add(Unpooled.wrappedBuffer(header, Unpooled.wrappedBuffer(scan.slice(scan.position() + offset, len))));
            offset += len;
        } while (offset < size);
        return out;
    }

    @Override
    public Object sharingKey() {
        return List.of(getClass(), maxPayload);
    }
}
