package org.ptzcam.rtsp.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * An RTP or RTCP packet carried on the RTSP connection (RFC 2326 §10.12): {@code '$'}, channel,
 * 16-bit length, packet. Reference counted like its content; whoever receives one releases it.
 */
public final class InterleavedFrame extends DefaultByteBufHolder {

    /** The largest packet the 16-bit length field can carry. */
    public static final int MAX_LENGTH = 0xffff;

    private final int channel;

    public InterleavedFrame(int channel, ByteBuf packet) {
        super(packet);
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException("channel must be 0..255: " + channel);
        }
        if (packet.readableBytes() > MAX_LENGTH) {
            throw new IllegalArgumentException("interleaved packet longer than 65535 bytes: " + packet.readableBytes());
        }
        this.channel = channel;
    }

    public int channel() {
        return channel;
    }

    @Override
    public InterleavedFrame replace(ByteBuf content) {
        return new InterleavedFrame(channel, content);
    }

    @Override
    public InterleavedFrame retain() {
        super.retain();
        return this;
    }

    @Override
    public String toString() {
        return "InterleavedFrame[channel=" + channel + ", " + content().readableBytes() + "B]";
    }
}
