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
 * (RFC 3550 §11). Incoming datagrams (clients' NAT punching, receiver reports, garbage) are
 * counted and dropped for now.
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
    static UdpPorts bind(EventLoopGroup group, String address, int base) throws InterruptedException {
        AtomicLong counter = new AtomicLong();
        Bootstrap b = new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .handler(new Counter(counter));
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = base != 0 ? base : 2 * ThreadLocalRandom.current().nextInt(20_000, 30_000);
            Channel first = null;
            try {
                first = b.bind(new InetSocketAddress(address, port)).sync().channel();
                Channel second = b.bind(new InetSocketAddress(address, port + 1)).sync().channel();
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

    /** Counts and drops whatever arrives. */
    @ChannelHandler.Sharable
    private static final class Counter extends SimpleChannelInboundHandler<DatagramPacket> {
        private final AtomicLong count;

        Counter(AtomicLong count) {
            this.count = count;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket msg) {
            count.incrementAndGet();
        }
    }

    Channel rtpChannel() {
        return rtp;
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
