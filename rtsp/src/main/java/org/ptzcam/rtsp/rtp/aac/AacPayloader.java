package org.ptzcam.rtsp.rtp.aac;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.rtsp.rtp.RtpPayloader;

/**
 * MPEG-4 AAC over RTP, RFC 3640 {@code mode=AAC-hbr} (sizelength 13, indexlength 3,
 * indexdeltalength 3): a 16-bit AU-headers-length, one 16-bit AU header (size, index 0), then the
 * raw AU (no ADTS). An AU larger than a packet is fragmented (§3.2.3): every fragment carries the
 * same header with the whole AU's size; the marker bit ends the AU. The camera hands one AU per
 * unit, so packets carry one AU each (the depayloader also reads packets with several).
 */
public final class AacPayloader implements RtpPayloader {

    /** Largest AU a 13-bit size field describes. */
    public static final int MAX_AU = (1 << 13) - 1;
    static final int HEADERS = 4;

    private final int maxPayload;

    public AacPayloader(int maxPayload) {
        if (maxPayload <= HEADERS) {
            throw new IllegalArgumentException("payload limit too small for AAC: " + maxPayload);
        }
        this.maxPayload = maxPayload;
    }

    public AacPayloader() {
        this(DEFAULT_MAX_PAYLOAD);
    }

    @Override
    public List<ByteBuf> payload(ByteBuffer unit) {
        int size = unit.remaining();
        if (size == 0) {
            return List.of();
        }
        if (size > MAX_AU) {
            throw new IllegalArgumentException("AAC AU of " + size + " bytes exceeds the 13-bit size field");
        }
        int chunk = maxPayload - HEADERS;
        List<ByteBuf> out = new ArrayList<>((size + chunk - 1) / chunk);
        for (int pos = unit.position(); pos < unit.limit(); pos += chunk) {
            int n = Math.min(chunk, unit.limit() - pos);
            ByteBuf header = Unpooled.buffer(HEADERS, HEADERS);
            header.writeShort(16);          // AU-headers-length in bits: one header
            header.writeShort(size << 3);   // AU-size (13) | AU-Index (3) = 0
            out.add(Unpooled.wrappedBuffer(header, Unpooled.wrappedBuffer(unit.duplicate().position(pos).limit(pos + n).slice())));
        }
        return out;
    }

    @Override
    public Object sharingKey() {
        return List.of(getClass(), maxPayload);
    }
}
