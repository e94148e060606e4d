package org.ptzcam.rtsp.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ScheduledFuture;
import org.ptzcam.rtsp.message.RtspDecoder;
import org.ptzcam.rtsp.message.RtspResponse;
import org.ptzcam.rtsp.message.RtspStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 408 and closes a connection whose request does not arrive whole within the request
 * timeout of its first byte, or that sends no request within that time of opening. The idle
 * timeout alone does not stop a slowloris client (one byte now and then is never idle) and lets a
 * half-open connection hold its socket for a whole session timeout. Sits before the decoder and
 * reads its {@link RtspDecoder#pendingSince()} after each read.
 */
final class RequestTimeout extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestTimeout.class);

    private final long timeoutNanos;
    private final AtomicLong timedOut;
    /** nanoTime since when a request is awaited (connection opened or first byte read); -1 if none. */
    private long waitingSince = -1;
    private ScheduledFuture<?> check;

    /** @param timedOut counts connections closed here (shared by the server's connections) */
    RequestTimeout(long timeoutNanos, AtomicLong timedOut) {
        this.timeoutNanos = timeoutNanos;
        this.timedOut = timedOut;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        waitingSince = System.nanoTime();
        schedule(ctx, timeoutNanos);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ctx.fireChannelRead(msg); // the decoder runs now, on this thread
        RtspDecoder decoder = ctx.pipeline().get(RtspDecoder.class);
        waitingSince = decoder == null ? -1 : decoder.pendingSince();
        if (waitingSince >= 0 && check == null) {
            schedule(ctx, waitingSince + timeoutNanos - System.nanoTime());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
        ctx.fireChannelInactive();
    }

    private void schedule(ChannelHandlerContext ctx, long delayNanos) {
        check = ctx.executor().schedule(() -> expire(ctx), Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    private void expire(ChannelHandlerContext ctx) {
        check = null;
        if (waitingSince < 0 || !ctx.channel().isActive()) {
            return;
        }
        long left = waitingSince + timeoutNanos - System.nanoTime();
        if (left > 0) {
            schedule(ctx, left); // a later request started after the one this check was for
            return;
        }
        timedOut.incrementAndGet();
        LOG.debug("no whole request from {} within {} ms: 408 and close", ctx.channel().remoteAddress(),
                TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
        waitingSince = -1;
        RtspResponse r = RtspResponse.of(RtspStatus.REQUEST_TIMEOUT)
                .withReason(RtspStatus.reason(RtspStatus.REQUEST_TIMEOUT))
                .withHeader("Server", "ptzcam")
                .withBody("text/plain", "request not received in time\r\n");
        ctx.channel().writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
    }
}
