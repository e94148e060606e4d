package org.ptzcam.visca.ip;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.ptzcam.visca.engine.ViscaEngine;
import org.ptzcam.visca.engine.ViscaWarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VISCA over IP for one camera: Sony framing on UDP {@code sonyPort} and bare VISCA on UDP
 * {@code rawPort}, both driving the same engine (so they share its two sockets).
 *
 * <pre>{@code
 * ViscaEngine engine = new ViscaEngine(cameraAdapter);
 * try (ViscaIpServer visca = new ViscaIpServer(engine, ViscaIpConfig.defaults("0.0.0.0"), sharedGroup)) {
 *     visca.start();               // binds; visca.sonyPort() / rawPort() give the bound ports
 * }
 * }</pre>
 *
 * With a null group the server makes a one-thread group of its own and shuts it down on close;
 * a process with many cameras passes one shared group.
 */
public final class ViscaIpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ViscaIpServer.class);

    private final ViscaEngine engine;
    private final ViscaIpConfig config;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private Channel sony;
    private Channel raw;

    public ViscaIpServer(ViscaEngine engine, ViscaIpConfig config, EventLoopGroup group) {
        this.engine = engine;
        this.config = config;
        this.ownsGroup = group == null;
        this.group = group != null ? group : new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    /**
     * Binds both ports; throws (with nothing left open) when one cannot be bound. Then asks each port
     * for the power state, as a controller would, so the first real command finds the path warm.
     */
    public synchronized void start() throws InterruptedException {
        ViscaWarmUp.run();
        try {
            sony = bind(config.sonyPort(), new SonyFramingHandler(engine, config.strictSequence()));
            if (config.rawPort() >= 0) {
                raw = bind(config.rawPort(), new RawViscaHandler(engine));
            }
        } catch (Exception e) { // Netty rethrows the BindException unchecked-style: catch everything
            close();
            throw e;
        }
        LOG.info("VISCA over IP on UDP {}:{} (Sony framing){}", config.bindAddress(), sonyPort(),
                raw != null ? " and " + rawPort() + " (raw)" : "");
        selfCheck();
    }

    /**
     * One bare PowerInq to each bound port from a throwaway socket. Netty sets up its receive
     * buffers and pipeline on a channel's first datagram; without this a controller's first command
     * paid for it (≈ 300 ms on the 2-CPU test machine). Also proves the listener answers.
     */
    private void selfCheck() {
        byte[] powerInq = {(byte) 0x81, 0x09, 0x04, 0x00, (byte) 0xFF};
        try (DatagramSocket s = new DatagramSocket()) {
            s.setSoTimeout(2000);
            InetAddress to = selfAddress();
            for (int port : new int[] {sonyPort(), rawPort()}) {
                if (port <= 0) {
                    continue;
                }
                s.send(new DatagramPacket(powerInq, powerInq.length, to, port));
                s.receive(new DatagramPacket(new byte[64], 64));
            }
        } catch (IOException e) {
            LOG.warn("VISCA over IP did not answer its own power inquiry on {} ({}); controllers may not reach it",
                    config.bindAddress(), e.toString());
        }
    }

    private InetAddress selfAddress() throws IOException {
        InetAddress bound = InetAddress.getByName(config.bindAddress());
        return bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
    }

    private Channel bind(int port, ChannelHandler handler) throws InterruptedException {
        return new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .option(ChannelOption.SO_REUSEADDR, false).handler(handler)
                .bind(new InetSocketAddress(config.bindAddress(), port)).sync().channel();
    }

    public synchronized int sonyPort() {
        return sony == null ? -1 : ((InetSocketAddress) sony.localAddress()).getPort();
    }

    /** The raw port, or −1 when it is off or not bound. */
    public synchronized int rawPort() {
        return raw == null ? -1 : ((InetSocketAddress) raw.localAddress()).getPort();
    }

    @Override
    public synchronized void close() {
        for (Channel c : new Channel[] {sony, raw}) {
            if (c != null) {
                c.close().syncUninterruptibly();
            }
        }
        sony = null;
        raw = null;
        if (ownsGroup) {
            group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
