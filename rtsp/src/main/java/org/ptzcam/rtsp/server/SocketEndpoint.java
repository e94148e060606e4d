package org.ptzcam.rtsp.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import org.ptzcam.rtsp.tunnel.TunnelEndpoint;

/** The GET connection of an HTTP tunnel on the RTSP port: server→client bytes go to its socket. */
record SocketEndpoint(Channel channel) implements TunnelEndpoint {

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) channel.remoteAddress();
    }

    @Override
    public void send(ByteBuf data, Runnable written) {
        channel.writeAndFlush(data).addListener(f -> {
            if (f.isSuccess()) {
                written.run();
            } else {
                channel.close();
            }
        });
    }

    @Override
    public void close() {
        channel.close();
    }
}
