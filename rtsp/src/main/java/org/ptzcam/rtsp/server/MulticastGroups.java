package org.ptzcam.rtsp.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ptzcam.device.settings.MulticastSettings;
import org.ptzcam.rtsp.message.RtspStatus;

/**
 * The multicast streams of a server: one {@link MulticastStream} per distinct presentation
 * (equal {@link StreamChoice}s share it), each in its own slot k of the configured group so they
 * never share a port: track n of slot k sends to port + 8k + 2(n − 1). Thread-safe.
 */
final class MulticastGroups implements AutoCloseable {

    /** Distinct multicast presentations at once (slots of 8 ports above the base port). */
    static final int MAX_STREAMS = 32;

    private final EventLoopGroup group;
    private final String bindAddress;
    private final Supplier<MulticastSettings> settings;
    private final Map<StreamChoice, MulticastStream> streams = new HashMap<>();
    private final Map<MulticastStream, Integer> slots = new HashMap<>();

    MulticastGroups(EventLoopGroup group, String bindAddress, Supplier<MulticastSettings> settings) {
        this.group = group;
        this.bindAddress = bindAddress;
        this.settings = settings;
    }

    /** The shared stream of {@code stream}, created if needed, with one more user. */
    synchronized MulticastStream acquire(StreamChoice stream, ServerContext server, String cname) throws RtspError {
        MulticastStream s = streams.get(stream);
        if (s == null) {
            int slot = 0;
            while (slots.containsValue(slot)) {
                slot++;
            }
            if (slot >= MAX_STREAMS) {
                throw new RtspError(RtspStatus.SERVICE_UNAVAILABLE,
                        "at most " + MAX_STREAMS + " distinct multicast streams at once");
            }
            MulticastSettings m = settings.get();
            EventLoop loop = group.next();
            Channel socket = bind(m.ttl(), loop);
            try {
                s = new MulticastStream(stream, server, socket, loop,
                        new InetSocketAddress(InetAddress.getByName(m.address()), m.port() + 8 * slot), m.ttl(), cname);
            } catch (java.io.IOException | RuntimeException e) {
                socket.close();
                throw new RtspError(RtspStatus.SERVICE_UNAVAILABLE, "multicast unavailable: " + e.getMessage());
            }
            streams.put(stream, s);
            slots.put(s, slot);
        }
        s.users(s.users() + 1);
        return s;
    }

    /** One user less; the last closes the stream and frees its slot. */
    synchronized void release(MulticastStream s) {
        s.users(s.users() - 1);
        if (s.users() <= 0 && slots.remove(s) != null) {
            streams.values().remove(s);
            s.close();
        }
    }

    /**
     * A UDP socket for one stream, bound at once without blocking (SETUP runs on an event loop)
     * and registered on one of the server's loops; sends queue behind the registration.
     */
    private Channel bind(int ttl, EventLoop loop) throws RtspError {
        java.nio.channels.DatagramChannel jdk = null;
        try {
            InetAddress local = InetAddress.getByName(bindAddress);
            jdk = java.nio.channels.DatagramChannel.open(java.net.StandardProtocolFamily.INET);
            jdk.setOption(java.net.StandardSocketOptions.IP_MULTICAST_TTL, ttl);
            if (!local.isAnyLocalAddress()) {
                // send on the interface the server listens on (loopback in tests), not the default route's
                NetworkInterface nif = NetworkInterface.getByInetAddress(local);
                if (nif != null) {
                    jdk.setOption(java.net.StandardSocketOptions.IP_MULTICAST_IF, nif);
                }
            }
            jdk.bind(new InetSocketAddress(local, 0));
            NioDatagramChannel channel = new NioDatagramChannel(jdk);
            channel.pipeline().addLast(new SimpleChannelInboundHandler<DatagramPacket>() {
                @Override
                protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket msg) {
                    // RTCP from multicast receivers to this socket: nothing to do with it
                }
            });
            loop.register(channel);
            return channel;
        } catch (java.io.IOException | RuntimeException e) {
            if (jdk != null) {
                try {
                    jdk.close();
                } catch (java.io.IOException ignored) {
                    // nothing more to free
                }
            }
            throw new RtspError(RtspStatus.SERVICE_UNAVAILABLE, "cannot open a multicast socket: " + e.getMessage());
        }
    }

    synchronized int size() {
        return streams.size();
    }

    @Override
    public synchronized void close() {
        streams.values().forEach(MulticastStream::close);
        streams.clear();
        slots.clear();
    }
}
