package org.ptzcam.rtsp.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.AbstractChannel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelMetadata;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPromise;
import io.netty.channel.DefaultChannelConfig;
import io.netty.channel.EventLoop;
import io.netty.channel.WriteBufferWaterMark;
import java.net.SocketAddress;
import org.ptzcam.rtsp.tunnel.Tunnel;
import org.ptzcam.rtsp.tunnel.TunnelEndpoint;

/**
 * A Netty channel whose bytes travel through a {@link TunnelEndpoint} instead of a socket, so a
 * tunnelled client gets the same pipeline as a TCP one (decoder, encoder, {@link RtspConnection}).
 * It does no I/O itself and so registers on any event loop.
 *
 * <p>Backpressure: outbound bytes stay in Netty's outbound buffer (counted against the water
 * marks, so {@link TrackSender} stops at the high mark and skips to the next key frame) until the
 * endpoint has taken the previous batch; at most one batch of {@link #BATCH} bytes is with the
 * endpoint at a time.
 */
final class TunnelChannel extends AbstractChannel {

    /** Largest batch handed to the endpoint at once (several RTP packets per transport write). */
    static final int BATCH = 64 * 1024;
    private static final ChannelMetadata METADATA = new ChannelMetadata(false);

    private final TunnelEndpoint endpoint;
    private final ChannelConfig config;
    private volatile boolean open = true;
    private boolean sending;

    /** Whether the connection is the web client's (see {@link TunnelEndpoint#webClient()}). */
    boolean webClient() {
        return endpoint.webClient();
    }

    /** The user the transport already authenticated (an rtspwssession token), if any. */
    java.util.Optional<String> authenticatedUser() {
        return endpoint.authenticatedUser();
    }

    TunnelChannel(TunnelEndpoint endpoint, WriteBufferWaterMark waterMark) {
        super(null);
        this.endpoint = endpoint;
        this.config = new DefaultChannelConfig(this).setWriteBufferWaterMark(waterMark);
    }

    /** The transport's view of this connection. */
    Tunnel tunnel() {
        return tunnel;
    }

    private final Tunnel tunnel = new Tunnel() {
        @Override
        public void receive(ByteBuf data, Runnable processed) {
            eventLoop().execute(() -> {
                try {
                    if (isActive()) {
                        pipeline().fireChannelRead(data);
                        pipeline().fireChannelReadComplete();
                    } else {
                        data.release();
                    }
                } finally {
                    processed.run();
                }
            });
        }

        @Override
        public void close() {
            TunnelChannel.this.close();
        }

        @Override
        public boolean isOpen() {
            return TunnelChannel.this.isOpen();
        }

        @Override
        public void whenClosed(Runnable action) {
            closeFuture().addListener(f -> action.run());
        }
    };

    @Override
    public ChannelConfig config() {
        return config;
    }

    @Override
    public ChannelMetadata metadata() {
        return METADATA;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean isActive() {
        return open;
    }

    @Override
    protected AbstractUnsafe newUnsafe() {
        return new AbstractUnsafe() {
            @Override
            public void connect(SocketAddress remote, SocketAddress local, ChannelPromise promise) {
                promise.setFailure(new UnsupportedOperationException("a tunnel is connected from the start"));
            }
        };
    }

    @Override
    protected boolean isCompatible(EventLoop loop) {
        return true;
    }

    @Override
    protected SocketAddress localAddress0() {
        return endpoint.localAddress();
    }

    @Override
    protected SocketAddress remoteAddress0() {
        return endpoint.remoteAddress();
    }

    @Override
    protected void doBind(SocketAddress localAddress) {
        throw new UnsupportedOperationException("a tunnel is not bound");
    }

    @Override
    protected void doDisconnect() {
        doClose();
    }

    @Override
    protected void doClose() {
        if (open) {
            open = false;
            endpoint.close();
        }
    }

    @Override
    protected void doBeginRead() {
        // bytes are pushed by the endpoint through receive()
    }

    @Override
    protected void doWrite(ChannelOutboundBuffer in) {
        if (sending) {
            return; // resumed when the endpoint has taken the batch in flight
        }
        CompositeByteBuf batch = alloc().compositeBuffer(64);
        Object msg;
        boolean framed = endpoint.messageFramed();
        while ((msg = in.current()) != null && batch.readableBytes() < BATCH) {
            if (msg instanceof ByteBuf b) {
                // RtspEncoder writes each response and each interleaved frame as one buffer
                boolean response = b.isReadable() && b.getByte(b.readerIndex()) != '$';
                if (framed && response && batch.isReadable()) {
                    break; // a response starts a message of its own
                }
                batch.addComponent(true, b.retain());
                in.remove();
                if (framed && response) {
                    break; // and nothing follows it in that message
                }
            } else {
                in.remove(new UnsupportedOperationException("tunnel carries bytes, not " + msg.getClass()));
            }
        }
        if (!batch.isReadable()) {
            batch.release();
            return;
        }
        sending = true;
        endpoint.send(batch, () -> eventLoop().execute(() -> {
            sending = false;
            if (isActive()) {
                unsafe().flush();
            }
        }));
    }
}
