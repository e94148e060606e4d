package org.ptzcam.rtsp.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link RtspResponse}s (status line, headers, Content-Length, body as one buffer, so that
 * a response is one TCP write) and {@link InterleavedFrame}s (4-byte header plus the packet,
 * without copying the packet).
 */
public final class RtspEncoder extends MessageToMessageEncoder<Object> {

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof RtspResponse || msg instanceof InterleavedFrame;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, List<Object> out) {
        if (msg instanceof RtspResponse r) {
            out.add(Unpooled.wrappedBuffer(head(r), r.body()));
        } else if (msg instanceof InterleavedFrame f) {
            out.add(frame(f));
        }
    }

    /** The 4-byte interleaved header and the retained packet as one buffer. */
    public static ByteBuf frame(InterleavedFrame f) {
        ByteBuf content = f.content();
        ByteBuf header = Unpooled.buffer(4, 4);
        header.writeByte('$').writeByte(f.channel()).writeShort(content.readableBytes());
        return Unpooled.wrappedBuffer(header, content.retain());
    }

    /** Status line and headers with the closing empty line, as bytes. */
    public static byte[] head(RtspResponse r) {
        StringBuilder b = new StringBuilder(256);
        b.append("RTSP/1.0 ").append(r.status()).append(' ').append(r.reason()).append("\r\n");
        for (Map.Entry<String, String> h : r.headers().fields()) {
            if (!h.getKey().equalsIgnoreCase("Content-Length")) {
                b.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
        }
        if (r.body().length > 0) {
            b.append("Content-Length: ").append(r.body().length).append("\r\n");
        }
        b.append("\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
