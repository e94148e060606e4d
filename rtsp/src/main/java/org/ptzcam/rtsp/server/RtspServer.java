package org.ptzcam.rtsp.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.rtsp.message.RtspDecoder;
import org.ptzcam.rtsp.message.RtspEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera's RTSP face: {@code rtsp://host:port/axis-media/media.amp?videocodec=…} over RTP/AVP
 * UDP unicast and RTP/AVP/TCP interleaved. Construct, {@link #start()}, {@link #close()}.
 *
 * <pre>{@code
 * RtspServer rtsp = new RtspServer(device, () -> currentPipeline, RtspServerConfig.defaults());
 * rtsp.start();   // binds TCP port and a UDP RTP/RTCP pair
 * ...
 * rtsp.close();   // ends every session and frees the ports and threads
 * }</pre>
 */
public final class RtspServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RtspServer.class);
    /** Pending bytes per connection above which a connection counts as not writable. */
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(1 << 20, 2 << 20);

    private final RtspServerConfig config;
    private final DeviceModel device;
    private final Supplier<VideoPipeline> video;
    private EventLoopGroup group;
    private Channel listener;
    private UdpPorts udp;
    private SessionRegistry sessions;
    private RtcpInbound rtcpInbound;

    /**
     * @param device camera model: capture settings and stream defaults validate URL arguments
     * @param video  the current video pipeline (it changes when the capture mode changes)
     * @param config where to listen and the limits
     */
    public RtspServer(DeviceModel device, Supplier<VideoPipeline> video, RtspServerConfig config) {
        this.device = Objects.requireNonNull(device, "device");
        this.video = Objects.requireNonNull(video, "video");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Binds the ports and starts serving. */
    public synchronized void start() throws InterruptedException {
        if (group != null) {
            throw new IllegalStateException("already started");
        }
        group = new MultiThreadIoEventLoopGroup(config.ioThreads(), NioIoHandler.newFactory());
        try {
            sessions = new SessionRegistry(config.maxViewers());
            rtcpInbound = new RtcpInbound(sessions);
            udp = UdpPorts.bind(group, config.bindAddress(), config.udpPortBase(), rtcpInbound);
            ServerContext context = new ServerContext(config, sessions, udp, video,
                    () -> device.settings().capture(), () -> device.settings().streamDefaults().compression(),
                    rtcpInbound, new RtspAuthenticator(device.credentials()),
                    () -> device.settings().zipstream().asMediaArgs());
            long idle = config.sessionTimeout().toSeconds();
            listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast("idle", new IdleStateHandler(idle, 0, 0, TimeUnit.SECONDS))
                                    .addLast("decoder", new RtspDecoder(config.limits()))
                                    .addLast("encoder", new RtspEncoder())
                                    .addLast("rtsp", new RtspConnection(context));
                        }
                    })
                    .bind(new InetSocketAddress(config.bindAddress(), config.port())).sync().channel();
            group.scheduleAtFixedRate(this::expireSessions, 1, 1, TimeUnit.SECONDS);
            LOG.info("RTSP on {}:{}, RTP/RTCP on UDP {}-{}", config.bindAddress(), port(), udp.rtpPort(),
                    udp.rtpPort() + 1);
        } catch (InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The bound TCP port (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** The server's RTP UDP port (RTCP is the next one). */
    public int rtpPort() {
        return udp.rtpPort();
    }

    /** Sessions now set up or playing. */
    public int sessionCount() {
        return sessions == null ? 0 : sessions.size();
    }

    /** Datagrams received on the RTP/RTCP ports, valid or not. */
    public long udpDatagramsReceived() {
        return udp == null ? 0 : udp.received();
    }

    /** Valid RTCP compound packets received from clients (UDP and interleaved). */
    public long rtcpReceived() {
        return rtcpInbound == null ? 0 : rtcpInbound.received();
    }

    /** RTCP datagrams/frames from clients dropped as malformed (UDP RTCP port and odd interleaved channels). */
    public long rtcpMalformed() {
        return rtcpInbound == null ? 0 : rtcpInbound.malformed();
    }

    private void expireSessions() {
        for (Session s : sessions.expire(config.sessionTimeout().toNanos())) {
            LOG.info("session {} expired after {} s without a request or RTCP", s.id(), config.sessionTimeout().toSeconds());
            s.connection().eventLoop().execute(() -> {
                RtspConnection c = s.connection().pipeline().get(RtspConnection.class);
                if (c != null) {
                    c.expired(s);
                } else {
                    s.close();
                }
            });
        }
    }

    @Override
    public synchronized void close() {
        if (group == null) {
            return;
        }
        if (listener != null) {
            listener.close().syncUninterruptibly();
        }
        if (sessions != null) {
            for (Session s : sessions.all()) {
                sessions.remove(s);
                s.connection().eventLoop().execute(s::close);
                s.connection().close();
            }
        }
        if (udp != null) {
            udp.close();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        group = null;
    }
}
