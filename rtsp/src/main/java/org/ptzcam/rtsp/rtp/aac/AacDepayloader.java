package org.ptzcam.rtsp.rtp.aac;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ptzcam.rtsp.rtp.RtpDepayloader;
import org.ptzcam.rtsp.rtp.RtpPacket;

/**
 * RFC 3640 AAC-hbr back to raw AUs: packets with one or more AU headers (non-interleaved, all
 * indexes 0) and fragmented AUs, which must arrive in sequence and end with the marker bit.
 * Anything malformed (header lengths that do not add up, interleaving, a gap in a fragmented AU)
 * drops what it belongs to.
 */
public final class AacDepayloader implements RtpDepayloader {

    private final ByteArrayOutputStream fragment = new ByteArrayOutputStream();
    private int fragmentSize = -1;
    private int lastSequence = -1;

    @Override
    public Optional<byte[]> depayload(RtpPacket packet) {
        List<byte[]> units = depayloadAll(packet);
        return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
    }

    @Override
    public List<byte[]> depayloadAll(RtpPacket packet) {
        boolean inSequence = lastSequence < 0 || packet.sequence() == ((lastSequence + 1) & 0xffff);
        lastSequence = packet.sequence();
        ByteBuf p = packet.payload();
        int start = p.readerIndex();
        int length = p.readableBytes();
        if (length < 2) {
            return dropFragment();
        }
        int headerBits = p.getUnsignedShort(start);
        int count = headerBits / 16;
        int dataStart = start + 2 + headerBits / 8;
        if (headerBits == 0 || headerBits % 16 != 0 || dataStart > start + length) {
            return dropFragment();
        }
        int[] sizes = new int[count];
        for (int i = 0; i < count; i++) {
            int h = p.getUnsignedShort(start + 2 + 2 * i);
            if ((h & 7) != 0) {
                return dropFragment(); // interleaving is not offered
            }
            sizes[i] = h >> 3;
        }
        int data = start + length - dataStart;
        if (fragmentSize >= 0) {
            if (!inSequence || count != 1 || sizes[0] != fragmentSize) {
                dropFragment();
            } else {
                fragment.write(ByteBufUtil.getBytes(p, dataStart, data), 0, data);
                if (fragment.size() > fragmentSize || packet.marker() && fragment.size() != fragmentSize) {
                    return dropFragment();
                }
                if (fragment.size() == fragmentSize) {
                    byte[] au = fragment.toByteArray();
                    dropFragment();
                    return List.of(au);
                }
                return List.of();
            }
        }
        if (count == 1 && data < sizes[0]) {
            if (packet.marker()) {
                return List.of(); // a fragment that claims to end the AU but is short
            }
            fragmentSize = sizes[0];
            fragment.write(ByteBufUtil.getBytes(p, dataStart, data), 0, data);
            return List.of();
        }
        int sum = 0;
        for (int s : sizes) {
            sum += s;
        }
        if (sum != data) {
            return List.of();
        }
        List<byte[]> out = new ArrayList<>(count);
        int pos = dataStart;
        for (int s : sizes) {
            out.add(ByteBufUtil.getBytes(p, pos, s));
            pos += s;
        }
        return out;
    }

    private List<byte[]> dropFragment() {
        fragment.reset();
        fragmentSize = -1;
        return List.of();
    }
}
