package org.ptzcam.bench.rtsp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Many RTSP/TCP clients on one Netty event loop (one thread): the cheap side of the fan-out
 * benchmark, so that it does not starve the server on a 2-core machine. Every {@code sampleEvery}-th
 * client (and the first) parses RTP and RTCP; the rest only drain.
 */
final class LoadGenerator implements AutoCloseable {

    /**
     * What the sampled clients and all clients saw since the last {@link #window()}. {@code
     * sampled.missingFrames}: frames that some sampled client received and another (playing at
     * the time) did not — the server's drops, not frames the encoder never made; {@code
     * publishedFrames}: distinct frames any sampled client received.
     */
    record Window(int clients, int playing, int failed, String firstFailure, FrameStats sampled, long drainedBytes,
            int publishedFrames) {
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Bootstrap bootstrap;
    private final String url;
    private final int sampleEvery;
    private final int fps;
    private final List<LoadClient> clients = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();
    private long drainedAtWindow;

    LoadGenerator(String url, int sampleEvery, int fps) {
        this.url = url;
        this.sampleEvery = sampleEvery;
        this.fps = fps;
        URI u = URI.create(url);
        bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .remoteAddress(u.getHost(), u.getPort());
    }

    int size() {
        return clients.size();
    }

    /** Connects one more client (its RTSP exchange runs by itself). */
    void connect() {
        boolean sampled = clients.size() % sampleEvery == 0;
        LoadClient client = new LoadClient(url, sampled, fps);
        clients.add(client);
        Channel ch = bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel c) {
                c.pipeline().addLast(client);
            }
        }).connect().addListener(f -> {
            if (!f.isSuccess()) {
                group.execute(() -> client.fail("connect: " + f.cause()));
            }
        }).channel();
        channels.add(ch);
    }

    /** Clients still in their RTSP exchange. */
    int starting() throws Exception {
        return group.submit(() -> (int) clients.stream().filter(c -> c.state != LoadClient.State.PLAYING
                && c.state != LoadClient.State.FAILED).count()).get(10, TimeUnit.SECONDS);
    }

    /** Stats since the last call, and resets them. */
    Window window() throws Exception {
        return group.submit(() -> {
            FrameStats total = new FrameStats();
            java.util.TreeSet<Long> union = new java.util.TreeSet<>();
            for (LoadClient c : clients) {
                if (c.sampled()) {
                    union.addAll(c.stats.captureMillis);
                }
            }
            for (LoadClient c : clients) {
                var own = c.stats.captureMillis;
                if (c.sampled() && c.state == LoadClient.State.PLAYING && !own.isEmpty()) {
                    long first = java.util.Collections.min(own);
                    long last = java.util.Collections.max(own);
                    for (long t : union.subSet(first, true, last, true)) {
                        if (!own.contains(t) && !own.contains(t - 1) && !own.contains(t + 1)) {
                            c.stats.missingFrames++;
                        }
                    }
                }
            }
            int playing = 0;
            int failed = 0;
            String first = null;
            long drained = 0;
            for (LoadClient c : clients) {
                drained += c.drained;
                if (c.state == LoadClient.State.PLAYING) {
                    playing++;
                }
                if (c.state == LoadClient.State.FAILED) {
                    failed++;
                    first = first == null ? c.failure : first;
                }
                if (c.sampled()) {
                    c.stats.addTo(total);
                    c.stats.reset();
                }
            }
            long delta = drained - drainedAtWindow;
            drainedAtWindow = drained;
            return new Window(clients.size(), playing, failed, first, total, delta, union.size());
        }).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        channels.forEach(Channel::close);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
