package org.ptzcam.visca.ip;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import org.ptzcam.visca.codec.ReplyEncoder;
import org.ptzcam.visca.engine.ViscaEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Raw VISCA over UDP (PTZOptics/OEM style): one bare message per datagram, bare replies to the sender. */
final class RawViscaHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(RawViscaHandler.class);

    private final ViscaEngine engine;

    RawViscaHandler(ViscaEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        handle(engine, ctx.channel(), packet.sender(), ByteBufUtil.getBytes(packet.content()));
    }

    static void handle(ViscaEngine engine, Channel ch, InetSocketAddress peer, byte[] message) {
        engine.receive(message, 0, message.length, controller(peer), reply -> ch.writeAndFlush(
                new DatagramPacket(Unpooled.wrappedBuffer(ReplyEncoder.encode(SonyFramingHandler.ADDRESS, reply)), peer)));
    }

    /**
     * Who a datagram comes from, for the PTZ control queue: its source address and port, the key
     * Sony framing keeps sequence numbers by, so two controllers on one host are two controllers.
     */
    static String controller(InetSocketAddress peer) {
        return (peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString()) + ":"
                + peer.getPort();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("VISCA raw UDP channel error", cause);
    }
}
