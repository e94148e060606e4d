package org.ptzcam.rtsp.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import org.ptzcam.rtsp.message.InterleavedFrame;
import org.ptzcam.rtsp.rtp.RtpPacket;

/**
 * Where a track's RTP and RTCP packets go: interleaved on the RTSP connection (RTP on the even
 * channel, RTCP on the next odd one), or UDP to the client's RTP and RTCP ports.
 */
interface RtpSink {

    /** False while the socket's send buffer is full: stop draining until it empties. */
    boolean writable();

    /** Queues one packet (taking over its payload reference). */
    ChannelFuture write(RtpPacket packet);

    /**
     * Queues one packet whose completion nobody waits for (all but a unit's last): no future is
     * made for it, which matters with hundreds of sessions.
     */
    default void writeUnwatched(RtpPacket packet) {
        write(packet);
    }

    void flush();

    /** Writes and flushes one RTCP compound packet (taking over the buffer). */
    ChannelFuture writeRtcp(ByteBuf compound);

    /** What the SETUP reply's Transport header says about this sink (without ssrc). */
    String transport();

    /** RTP/AVP/TCP: packets framed with {@code '$'} on the RTSP connection. */
    record Interleaved(Channel connection, int channel) implements RtpSink {
        @Override
        public boolean writable() {
            return connection.isWritable();
        }

        @Override
        public ChannelFuture write(RtpPacket packet) {
            return connection.write(packet.encodeInterleaved(channel));
        }

        @Override
        public void writeUnwatched(RtpPacket packet) {
            connection.write(packet.encodeInterleaved(channel), connection.voidPromise());
        }

        @Override
        public void flush() {
            connection.flush();
        }

        @Override
        public ChannelFuture writeRtcp(ByteBuf compound) {
            return connection.writeAndFlush(new InterleavedFrame(channel + 1, compound));
        }

        @Override
        public String transport() {
            return "RTP/AVP/TCP;unicast;interleaved=" + channel + "-" + (channel + 1);
        }
    }

    /**
     * RTP/AVP over UDP from the server's shared RTP socket to the client's port; RTCP from the
     * server's RTCP socket to the client's RTCP port.
     */
    record Udp(Channel rtpSocket, Channel rtcpSocket, InetSocketAddress client, int clientRtcpPort, int serverPort)
            implements RtpSink {
        @Override
        public boolean writable() {
            return rtpSocket.isWritable();
        }

        @Override
        public ChannelFuture write(RtpPacket packet) {
            return rtpSocket.write(new DatagramPacket(packet.encode(), client));
        }

        @Override
        public void flush() {
            rtpSocket.flush();
        }

        @Override
        public ChannelFuture writeRtcp(ByteBuf compound) {
            return rtcpSocket.writeAndFlush(new DatagramPacket(compound, clientRtcp()));
        }

        /** Where the client receives RTCP. */
        InetSocketAddress clientRtcp() {
            return new InetSocketAddress(client.getAddress(), clientRtcpPort);
        }

        @Override
        public String transport() {
            return "RTP/AVP;unicast;client_port=" + client.getPort() + "-" + clientRtcpPort + ";server_port="
                    + serverPort + "-" + (serverPort + 1);
        }
    }

    /**
     * RTP/AVP multicast: one shared stream per distinct presentation, RTP to the group's port,
     * RTCP to the next one, from the stream's own socket (with the configured TTL).
     */
    record Multicast(Channel socket, InetSocketAddress group, int ttl) implements RtpSink {
        @Override
        public boolean writable() {
            return socket.isWritable();
        }

        @Override
        public ChannelFuture write(RtpPacket packet) {
            return socket.write(new DatagramPacket(packet.encode(), group));
        }

        @Override
        public void flush() {
            socket.flush();
        }

        @Override
        public ChannelFuture writeRtcp(ByteBuf compound) {
            return socket.writeAndFlush(new DatagramPacket(compound,
                    new InetSocketAddress(group.getAddress(), group.getPort() + 1)));
        }

        @Override
        public String transport() {
            return "RTP/AVP;multicast;destination=" + group.getAddress().getHostAddress() + ";port=" + group.getPort()
                    + "-" + (group.getPort() + 1) + ";ttl=" + ttl;
        }
    }
}
