package org.ptzcam.rtsp.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.ptzcam.rtsp.tunnel.HttpHead;
import org.ptzcam.rtsp.tunnel.HttpTunnels;
import org.ptzcam.rtsp.tunnel.Tunnel;
import org.ptzcam.rtsp.tunnel.TunnelRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First handler on an RTSP-port connection: a {@code GET }/{@code POST } request with an
 * {@code x-sessioncookie} header turns the connection into one side of an HTTP tunnel (the GET
 * carries the tunnel's output, a POST its base64 input); anything else, including other HTTP,
 * goes on to the RTSP decoder unchanged (which answers HTTP requests with 501 and closes). Only
 * the first request is looked at; the handler then removes itself.
 */
final class HttpTunnelSniffer extends ByteToMessageDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTunnelSniffer.class);
    /** A longer head is not a tunnel request; the RTSP decoder refuses it by its own limits. */
    static final int MAX_HEAD = 8 * 1024;
    private static final byte[] GET = "GET ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] POST = "POST ".getBytes(StandardCharsets.US_ASCII);

    private final HttpTunnels tunnels;

    HttpTunnelSniffer(HttpTunnels tunnels) {
        this.tunnels = tunnels;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        boolean get = startsWith(in, GET);
        boolean post = startsWith(in, POST);
        if (!get && !post) {
            ctx.pipeline().remove(this); // RTSP (or not a tunnel): the buffered bytes go on unchanged
            return;
        }
        if (in.readableBytes() < POST.length) {
            return;
        }
        int end = headEnd(in);
        if (end < 0) {
            if (in.readableBytes() > MAX_HEAD) {
                ctx.pipeline().remove(this);
            }
            return;
        }
        Optional<HttpHead> head = HttpHead.parse(in.toString(in.readerIndex(), end - in.readerIndex(),
                StandardCharsets.ISO_8859_1));
        if (head.isEmpty() || head.get().cookie().isEmpty()) {
            ctx.pipeline().remove(this);
            return;
        }
        in.readerIndex(end);
        String cookie = head.get().cookie().get();
        ChannelPipeline p = ctx.pipeline();
        // this connection no longer speaks RTSP itself
        p.remove(RtspServer.DECODER);
        p.remove(RtspServer.ENCODER);
        p.remove(RtspServer.CONNECTION);
        try {
            if (head.get().isGet()) {
                p.remove(RtspServer.IDLE); // the GET only carries output; the tunnel's RTSP side times out idle clients
                GetSide side = new GetSide();
                p.addLast("tunnel-get", side);
                side.tunnel = tunnels.openGet(cookie, new SocketEndpoint(ctx.channel()));
                // the tunnel writes nothing before its first request (which comes by POST), so this goes first
                ctx.writeAndFlush(Unpooled.wrappedBuffer(okHead()));
                LOG.debug("HTTP tunnel {} GET from {}", cookie, ctx.channel().remoteAddress());
            } else {
                HttpTunnels.PostStream stream = tunnels.openPost(cookie);
                Channel ch = ctx.channel();
                ch.config().setAutoRead(false); // read the next chunk once the RTSP side consumed this one
                p.addLast("tunnel-post", new PostSide(stream));
                stream.whenTunnelClosed(() -> ch.close());
                ch.read();
                LOG.debug("HTTP tunnel {} POST from {}", cookie, ctx.channel().remoteAddress());
            }
        } catch (TunnelRefused r) {
            LOG.info("HTTP tunnel {} {} from {} refused: {}", cookie, head.get().method(), ctx.channel().remoteAddress(),
                    r.getMessage());
            in.skipBytes(in.readableBytes());
            ctx.writeAndFlush(Unpooled.wrappedBuffer(errorHead(r.status(), r.getMessage())))
                    .addListener(ChannelFutureListener.CLOSE);
        }
        p.remove(this); // bytes after the head (the start of a POST body) go on to the new side
    }

    /** True if the readable bytes agree with {@code prefix} as far as both go. */
    private static boolean startsWith(ByteBuf in, byte[] prefix) {
        int n = Math.min(in.readableBytes(), prefix.length);
        for (int i = 0; i < n; i++) {
            if (in.getByte(in.readerIndex() + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index just after the empty line ending the head (CRLF CRLF or LF LF), or -1. */
    private static int headEnd(ByteBuf in) {
        int start = in.readerIndex();
        int limit = start + Math.min(in.readableBytes(), MAX_HEAD);
        for (int i = start; i < limit; i++) {
            if (in.getByte(i) != '\n') {
                continue;
            }
            if (i + 1 < limit && in.getByte(i + 1) == '\n') {
                return i + 2;
            }
            if (i + 2 < limit && in.getByte(i + 1) == '\r' && in.getByte(i + 2) == '\n') {
                return i + 3;
            }
        }
        return -1;
    }

    static byte[] okHead() {
        return ("HTTP/1.0 200 OK\r\nServer: ptzcam\r\nDate: " + date() + "\r\nConnection: close\r\n"
                + "Cache-Control: no-store\r\nPragma: no-cache\r\nContent-Type: " + HttpHead.TUNNELLED + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] errorHead(int status, String reason) {
        String body = reason + "\r\n";
        String phrase = switch (status) {
            case 404 -> "Not Found";
            case 503 -> "Service Unavailable";
            default -> "Bad Request";
        };
        return ("HTTP/1.0 " + status + " " + phrase + "\r\nServer: ptzcam\r\nDate: " + date()
                + "\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n"
                + body).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String date() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    /** The GET socket: nothing is expected from the client; its close ends the tunnel. */
    private static final class GetSide extends ChannelInboundHandlerAdapter {
        Tunnel tunnel;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            io.netty.util.ReferenceCountUtil.release(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (tunnel != null) {
                tunnel.close();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** A POST socket: base64 body chunks into the tunnel, one read at a time. */
    private static final class PostSide extends ChannelInboundHandlerAdapter {
        private final HttpTunnels.PostStream stream;

        PostSide(HttpTunnels.PostStream stream) {
            this.stream = stream;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!stream.write((ByteBuf) msg, ctx.alloc(), () -> ctx.channel().eventLoop().execute(ctx::read))) {
                ctx.close();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof IdleStateEvent) {
                ctx.close(); // a silent POST; the tunnel goes on and a new POST may continue it
            } else {
                ctx.fireUserEventTriggered(evt);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
