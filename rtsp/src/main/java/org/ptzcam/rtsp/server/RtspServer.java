package org.ptzcam.rtsp.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.media.live.LiveAudio;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.rtsp.message.RtspDecoder;
import org.ptzcam.rtsp.message.RtspEncoder;
import org.ptzcam.rtsp.tunnel.HttpTunnels;
import org.ptzcam.rtsp.tunnel.Tunnel;
import org.ptzcam.rtsp.tunnel.TunnelAttach;
import org.ptzcam.rtsp.tunnel.TunnelEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera's RTSP face: {@code rtsp://host:port/axis-media/media.amp?videocodec=…&audio=1} over
 * RTP/AVP UDP unicast and RTP/AVP/TCP interleaved; a presentation has a video, an audio and an
 * ONVIF metadata track as the URL asks. Construct, {@link #start()}, {@link #close()}.
 *
 * <pre>{@code
 * RtspServer rtsp = new RtspServer(device, () -> currentPipeline, () -> liveAudioOrNull,
 *         StreamProfiles.NONE, RtspServerConfig.defaults());
 * rtsp.start();   // binds TCP port and a UDP RTP/RTCP pair
 * ...
 * rtsp.close();   // ends every session and frees the ports and threads
 * }</pre>
 */
public final class RtspServer implements AutoCloseable, TunnelAttach {

    private static final Logger LOG = LoggerFactory.getLogger(RtspServer.class);
    /** Pending bytes per connection above which a connection counts as not writable. */
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(1 << 20, 2 << 20);

    static final String IDLE = "idle";
    static final String DECODER = "decoder";
    static final String ENCODER = "encoder";
    static final String CONNECTION = "rtsp";

    private final RtspServerConfig config;
    private final DeviceModel device;
    private final Supplier<VideoPipeline> video;
    private final Supplier<LiveAudio> audio;
    private final StreamProfiles profiles;
    private EventLoopGroup group;
    private Channel listener;
    private UdpPorts udp;
    private SessionRegistry sessions;
    private RtcpInbound rtcpInbound;
    private ServerContext context;
    private HttpTunnels httpTunnels;
    private final Set<TunnelChannel> tunnels = ConcurrentHashMap.newKeySet();
    private MetadataFeed metadata;
    private MulticastGroups multicast;
    private final AtomicLong requestTimeouts = new AtomicLong();

    /**
     * @param device camera model: capture settings and stream defaults validate URL arguments
     * @param video  the current video pipeline (it changes when the capture mode changes)
     * @param config where to listen and the limits
     */
    public RtspServer(DeviceModel device, Supplier<VideoPipeline> video, RtspServerConfig config) {
        this(device, video, () -> null, StreamProfiles.NONE, config);
    }

    /**
     * @param audio    the camera's live audio, or a supplier of null while audio is disabled
     *                 ({@code audio=1} then gives a presentation without audio)
     * @param profiles stream profiles for {@code streamprofile=} ({@link StreamProfiles#NONE} until
     *                 the device model has them)
     */
    public RtspServer(DeviceModel device, Supplier<VideoPipeline> video, Supplier<LiveAudio> audio,
            StreamProfiles profiles, RtspServerConfig config) {
        this.device = Objects.requireNonNull(device, "device");
        this.video = Objects.requireNonNull(video, "video");
        this.audio = Objects.requireNonNull(audio, "audio");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
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
            metadata = new MetadataFeed(group);
            multicast = new MulticastGroups(group, config.bindAddress(), () -> device.settings().multicast());
            context = new ServerContext(config, sessions, udp, video,
                    () -> device.settings().capture(), () -> device.settings().streamDefaults().compression(),
                    rtcpInbound, audio, profiles, metadata, multicast, new RtspAuthenticator(device.credentials()));
            httpTunnels = new HttpTunnels(this, group, HttpTunnels.Limits.DEFAULT);
            listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            rtspPipeline(ch.pipeline());
                            // sockets only: a slowloris or silent client gets 408 (a tunnel's RTSP side has no
                            // decoder here once the sniffer has turned the socket into an HTTP tunnel half)
                            ch.pipeline().addAfter(IDLE, "requestTimeout",
                                    new RequestTimeout(config.requestTimeout().toNanos(), requestTimeouts));
                            ch.pipeline().addAfter("requestTimeout", "sniff", new HttpTunnelSniffer(httpTunnels));
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

    private void rtspPipeline(ChannelPipeline p) {
        p.addLast(IDLE, new IdleStateHandler(config.sessionTimeout().toSeconds(), 0, 0, TimeUnit.SECONDS))
                .addLast(DECODER, new RtspDecoder(config.limits()))
                .addLast(ENCODER, new RtspEncoder())
                .addLast(CONNECTION, new RtspConnection(context));
    }

    /**
     * Gives a transport a full RTSP connection (same decoder, limits, idle timeout and handler as
     * a TCP client; sessions on it are interleaved only). The returned tunnel takes the client's
     * bytes; the endpoint gets the server's.
     *
     * @throws IllegalStateException if the server is not running
     */
    @Override
    public Tunnel attach(TunnelEndpoint endpoint) {
        EventLoopGroup g;
        synchronized (this) {
            g = group;
            if (g == null || context == null) {
                throw new IllegalStateException("RTSP server is not running");
            }
        }
        TunnelChannel ch = new TunnelChannel(endpoint, WATER_MARK);
        rtspPipeline(ch.pipeline());
        tunnels.add(ch);
        ch.closeFuture().addListener(f -> tunnels.remove(ch));
        // a tunnel GET on our own port runs on that socket's loop: no thread hop per batch
        EventLoop loop = endpoint instanceof SocketEndpoint s ? s.channel().eventLoop() : g.next();
        loop.register(ch);
        return ch.tunnel();
    }

    /** Pairs HTTP tunnel GETs and POSTs by cookie, for every port that serves them (null before start). */
    public HttpTunnels httpTunnels() {
        return httpTunnels;
    }

    /** Bytes waiting in the tunnels' outbound buffers (not yet taken by their endpoints); for tests. */
    long tunnelPendingBytes() {
        return tunnels.stream().mapToLong(t -> {
            var buffer = t.unsafe().outboundBuffer();
            return buffer == null ? 0 : buffer.totalPendingWriteBytes();
        }).sum();
    }

    /** RTSP connections over tunnels now open (HTTP tunnels and WebSockets). */
    public int tunnelCount() {
        return tunnels.size();
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

    /** Distinct multicast streams set up now. */
    public int multicastStreams() {
        return multicast == null ? 0 : multicast.size();
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

    /** Connections closed with 408 because a request did not arrive whole in time (see {@link RequestTimeout}). */
    public long requestTimeouts() {
        return requestTimeouts.get();
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
        for (TunnelChannel t : tunnels) {
            t.close();
        }
        if (metadata != null) {
            metadata.close();
        }
        if (multicast != null) {
            multicast.close();
        }
        if (udp != null) {
            udp.close();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        group = null;
    }
}
