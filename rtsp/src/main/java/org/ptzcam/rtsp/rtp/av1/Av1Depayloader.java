package org.ptzcam.rtsp.rtp.av1;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.Optional;
import org.ptzcam.rtsp.rtp.RtpDepayloader;
import org.ptzcam.rtsp.rtp.RtpPacket;
import org.ptzcam.rtsp.rtp.UnitBuffer;

/**
 * AV1 RTP packets back to a temporal unit in the low-overhead bitstream format (AV1 spec §5, as
 * an {@code .obu} file holds it): a temporal delimiter, then every OBU with
 * {@code obu_has_size_field} set and a minimal LEB128 size. A unit ends at the marker bit; a
 * sequence gap, a fragment without its start or malformed element lengths drop the unit.
 * Units are bounded ({@link #MAX_UNIT}).
 */
public final class Av1Depayloader implements RtpDepayloader {

    /** Largest temporal unit kept (16 MiB). */
    public static final int MAX_UNIT = 16 << 20;
    private static final byte[] TEMPORAL_DELIMITER = {0x12, 0x00};

    private final UnitBuffer unit = new UnitBuffer();
    private final UnitBuffer fragment = new UnitBuffer();
    private boolean inFragment;
    private boolean spoiled;
    private int lastSequence = -1;

    @Override
    public Optional<byte[]> depayload(RtpPacket packet) {
        if (lastSequence >= 0 && packet.sequence() != ((lastSequence + 1) & 0xffff)) {
            spoiled = true;
            fragment.reset();
            inFragment = false;
        }
        lastSequence = packet.sequence();
        if (!spoiled) {
            read(packet.payload().duplicate());
        }
        if (!packet.marker()) {
            return Optional.empty();
        }
        byte[] out = spoiled || inFragment || unit.overflowed() || fragment.overflowed() || unit.size() == 0 ? null : withDelimiter();
        unit.reset();
        fragment.reset();
        inFragment = false;
        spoiled = false;
        return Optional.ofNullable(out);
    }

    private byte[] withDelimiter() {
        byte[] body = unit.toByteArray();
        byte[] out = new byte[TEMPORAL_DELIMITER.length + body.length];
        System.arraycopy(TEMPORAL_DELIMITER, 0, out, 0, TEMPORAL_DELIMITER.length);
        System.arraycopy(body, 0, out, TEMPORAL_DELIMITER.length, body.length);
        return out;
    }

    private void read(ByteBuf p) {
        if (!p.isReadable()) {
            spoiled = true;
            return;
        }
        int agg = p.readUnsignedByte();
        boolean z = (agg & 0x80) != 0;
        boolean y = (agg & 0x40) != 0;
        int w = (agg >> 4) & 3;
        if (z != inFragment) {
            spoiled = true; // a continuation without its start, or a start while one is open
            return;
        }
        int index = 0;
        while (p.isReadable()) {
            index++;
            long length = w != 0 && index == w ? p.readableBytes() : Leb128.read(p);
            if (length < 0 || length > p.readableBytes() || (w != 0 && index > w)) {
                spoiled = true;
                return;
            }
            byte[] data = ByteBufUtil.getBytes(p, p.readerIndex(), (int) length);
            p.skipBytes((int) length);
            boolean last = !p.isReadable();
            if (fragment.size() + data.length > MAX_UNIT) {
                spoiled = true;
                return;
            }
            fragment.writeBytes(data);
            if (last && y) {
                inFragment = true;
                return;
            }
            inFragment = false;
            if (!obu(fragment.toByteArray())) {
                spoiled = true;
                return;
            }
            fragment.reset();
        }
    }

    /** Writes one element as a sized OBU; false if it is no OBU. */
    private boolean obu(byte[] element) {
        if (element.length == 0 || (element[0] & 0x80) != 0) {
            return false;
        }
        int headerSize = (element[0] & 0x04) != 0 ? 2 : 1;
        if (element.length < headerSize || unit.size() + element.length + 8 > MAX_UNIT) {
            return false;
        }
        unit.write(element[0] | 0x02);
        if (headerSize == 2) {
            unit.write(element[1]);
        }
        ByteBuf size = Unpooled.buffer(8);
        Leb128.write(size, element.length - headerSize);
        unit.writeBytes(ByteBufUtil.getBytes(size));
        size.release();
        unit.write(element, headerSize, element.length - headerSize);
        return true;
    }
}
