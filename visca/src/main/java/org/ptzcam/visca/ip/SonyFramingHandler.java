package org.ptzcam.visca.ip;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.Arrays;
import org.ptzcam.visca.codec.IpFrame;
import org.ptzcam.visca.codec.IpFrameDecoder;
import org.ptzcam.visca.codec.PayloadType;
import org.ptzcam.visca.codec.ReplyEncoder;
import org.ptzcam.visca.engine.ViscaEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sony VISCA over IP on one UDP port: the 8-byte header, sequence numbers (echoed in every reply
 * to that message; RESET; duplicates refused when strict), control commands, and bare VISCA
 * datagrams (first byte {@code 8x}) answered bare. Replies go to the datagram's source.
 */
final class SonyFramingHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(SonyFramingHandler.class);
    /** Over IP the camera is always address 1 (Sony's limitation), so replies start 0x90. */
    static final int ADDRESS = 1;

    private final ViscaEngine engine;
    private final SequenceTracker sequences = new SequenceTracker();
    private final boolean strict;

    SonyFramingHandler(ViscaEngine engine, boolean strict) {
        this.engine = engine;
        this.strict = strict;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        byte[] data = ByteBufUtil.getBytes(packet.content());
        InetSocketAddress peer = packet.sender();
        Channel ch = ctx.channel();
        switch (IpFrameDecoder.decode(data)) {
            case IpFrameDecoder.Raw raw -> RawViscaHandler.handle(engine, ch, peer, raw.message());
            case IpFrameDecoder.Malformed bad -> {
                LOG.info("VISCA/IP datagram from {} rejected: {}", peer, bad.reason());
                send(ch, peer, bad.reply());
            }
            case IpFrameDecoder.Frame f -> frame(ch, peer, f.frame());
        }
    }

    private void frame(Channel ch, InetSocketAddress peer, IpFrame frame) {
        long seq = frame.sequence();
        int type = frame.payloadType();
        if (type == PayloadType.CONTROL_COMMAND) {
            if (frame.payloadIs(IpFrame.RESET)) {
                sequences.reset(peer);
                send(ch, peer, new IpFrame(PayloadType.CONTROL_REPLY, seq, IpFrame.RESET));
            } else if (frame.payload().length == 2 && frame.payload()[0] == 0x0F) {
                LOG.info("VISCA/IP controller {} reports error {}", peer, Arrays.toString(frame.payload()));
            } else {
                LOG.info("VISCA/IP unknown control command from {}: {}", peer, frame);
                send(ch, peer, IpFrameDecoder.controlError(seq, IpFrame.ERROR_MESSAGE));
            }
            return;
        }
        if (!PayloadType.isViscaRequest(type)) {
            LOG.debug("VISCA/IP ignoring a reply-type datagram from {}: {}", peer, frame);
            return;
        }
        byte[] message = frame.payload();
        boolean inquiry = message.length > 1 && message[1] == 0x09;
        // an inquiry is simply answered again (Sony: a lost inquiry is re-asked under its number)
        if (!inquiry && !sequences.accept(peer, seq) && strict) {
            LOG.info("VISCA/IP command from {} with an already used sequence number {}: not executed", peer, seq);
            send(ch, peer, IpFrameDecoder.controlError(seq, IpFrame.ERROR_SEQUENCE));
            return;
        }
        engine.receive(message, 0, message.length, RawViscaHandler.controller(peer),
                reply -> send(ch, peer, new IpFrame(PayloadType.VISCA_REPLY, seq, ReplyEncoder.encode(ADDRESS, reply))));
    }

    private static void send(Channel ch, InetSocketAddress peer, IpFrame frame) {
        ch.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(frame.encode()), peer));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("VISCA/IP channel error", cause);
    }
}
