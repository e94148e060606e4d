package org.ptzcam.rtsp.rtp.pcmu;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.rtsp.rtp.RtpPayloader;

/**
 * G.711 µ-law on static payload type 0 (RFC 3551 §4.5.14): the samples as they are, one byte
 * each. A unit longer than the payload limit is split at sample boundaries; the timestamps of
 * the later packets then lie inside the unit, which {@link org.ptzcam.rtsp.rtp.RtpStream} cannot
 * express — so the camera's 20 ms units (160 bytes) always fit, and larger ones are refused.
 */
public final class PcmuPayloader implements RtpPayloader {

    /** Static payload type of PCMU (RFC 3551). */
    public static final int PAYLOAD_TYPE = 0;
    /** RTP clock and sample rate. */
    public static final int CLOCK_RATE = 8000;

    private final int maxPayload;

    public PcmuPayloader(int maxPayload) {
        this.maxPayload = maxPayload;
    }

    public PcmuPayloader() {
        this(DEFAULT_MAX_PAYLOAD);
    }

    @Override
    public List<ByteBuf> payload(ByteBuffer unit) {
        if (unit.remaining() == 0) {
            return List.of();
        }
        if (unit.remaining() > maxPayload) {
            throw new IllegalArgumentException("PCMU unit of " + unit.remaining() + " samples exceeds one packet ("
                    + maxPayload + ")");
        }
        List<ByteBuf> out = new ArrayList<>(1);
        out.add(Unpooled.wrappedBuffer(unit.slice()));
        return out;
    }

    @Override
    public boolean markerEndsUnit() {
        return false;
    }

    @Override
    public Object sharingKey() {
        return List.of(getClass(), maxPayload);
    }
}
