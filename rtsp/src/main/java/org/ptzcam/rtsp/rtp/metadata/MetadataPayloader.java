package org.ptzcam.rtsp.rtp.metadata;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.rtsp.rtp.RtpPayloader;

/**
 * ONVIF metadata over RTP (ONVIF Streaming Specification §5.2.1.1, {@code vnd.onvif.metadata}):
 * one XML document split into packets of at most the payload limit, marker bit on the last.
 */
public final class MetadataPayloader implements RtpPayloader {

    private final int maxPayload;

    public MetadataPayloader(int maxPayload) {
        if (maxPayload < 1) {
            throw new IllegalArgumentException("payload limit must be positive: " + maxPayload);
        }
        this.maxPayload = maxPayload;
    }

    public MetadataPayloader() {
        this(DEFAULT_MAX_PAYLOAD);
    }

    @Override
    public List<ByteBuf> payload(ByteBuffer unit) {
        List<ByteBuf> out = new ArrayList<>();
        for (int pos = unit.position(); pos < unit.limit(); pos += maxPayload) {
            int end = Math.min(unit.limit(), pos + maxPayload);
            out.add(Unpooled.wrappedBuffer(unit.duplicate().position(pos).limit(end).slice()));
        }
        return out;
    }

    @Override
    public Object sharingKey() {
        return List.of(getClass(), maxPayload);
    }
}
