package org.ptzcam.rtsp.server;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's UDP pair shared by all sessions: RTP from the even port, RTCP on the odd one
 * (RFC 3550 §11). Every incoming datagram is counted; those on the RTCP port go to an
 * {@link RtcpInbound} (receiver reports keep sessions alive), those on the RTP port (clients' NAT
 * punching, garbage) are dropped.
 */
final class UdpPorts implements AutoCloseable {

    private final Channel rtp;
    private final Channel rtcp;
    private final AtomicLong received;

    private UdpPorts(Channel rtp, Channel rtcp, AtomicLong received) {
        this.rtp = rtp;
        this.rtcp = rtcp;
        this.received = received;
    }

    /** Binds an even/odd pair, at {@code base} if not 0, else a free pair found by trying. */
    static UdpPorts bind(EventLoopGroup group, String address, int base, RtcpInbound rtcpInbound)
            throws InterruptedException {
        AtomicLong counter = new AtomicLong();
        Bootstrap b = new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .handler(new Counter(counter, null));
        Bootstrap rtcpBootstrap = b.clone().handler(new Counter(counter, rtcpInbound));
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = base != 0 ? base : 2 * ThreadLocalRandom.current().nextInt(20_000, 30_000);
            Channel first = null;
            try {
                first = b.bind(new InetSocketAddress(address, port)).sync().channel();
                Channel second = rtcpBootstrap.bind(new InetSocketAddress(address, port + 1)).sync().channel();
                return new UdpPorts(first, second, counter);
            } catch (Exception e) {
                if (first != null) {
                    first.close().sync();
                }
                if (base != 0) {
                    throw new IllegalStateException("cannot bind UDP ports " + port + "-" + (port + 1) + ": " + e, e);
                }
            }
        }
        throw new IllegalStateException("no free UDP port pair for RTP/RTCP");
    }

    /** Counts whatever arrives and hands it to {@code rtcp} if not null. */
    @ChannelHandler.Sharable
    private static final class Counter extends SimpleChannelInboundHandler<DatagramPacket> {
        private final AtomicLong count;
        private final RtcpInbound rtcp;

        Counter(AtomicLong count, RtcpInbound rtcp) {
            this.count = count;
            this.rtcp = rtcp;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket msg) {
            count.incrementAndGet();
            if (rtcp != null) {
                rtcp.udp(msg.sender(), msg.content());
            }
        }
    }

    Channel rtpChannel() {
        return rtp;
    }

    Channel rtcpChannel() {
        return rtcp;
    }

    int rtpPort() {
        return ((InetSocketAddress) rtp.localAddress()).getPort();
    }

    /** Datagrams that arrived on either port. */
    long received() {
        return received.get();
    }

    @Override
    public void close() {
        rtp.close().syncUninterruptibly();
        rtcp.close().syncUninterruptibly();
    }
}
