package org.ptzcam.bench.rtsp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One RTSP/TCP client of the load generator: OPTIONS, DESCRIBE, SETUP (interleaved 0-1), PLAY,
 * then GET_PARAMETER every 20 s as keep-alive. A plain client only counts the bytes it drains; a
 * sampled one parses the interleaved frames into {@link FrameStats}. Runs on the generator's one
 * event loop.
 */
final class LoadClient extends ChannelInboundHandlerAdapter {

    enum State { CONNECTING, OPTIONS, DESCRIBE, SETUP, PLAY, PLAYING, FAILED }

    /** Offset from {@link System#nanoTime()} to Unix-epoch nanoseconds, fixed at start. */
    static final long EPOCH_OFFSET = java.time.Instant.now().getEpochSecond() * 1_000_000_000L
            + java.time.Instant.now().getNano() - System.nanoTime();

    private final String url;
    private final boolean sampled;
    final FrameStats stats = new FrameStats();
    State state = State.CONNECTING;
    String failure;
    long drained;
    private ByteBuf pending = Unpooled.EMPTY_BUFFER;
    private int cseq;
    private String contentBase;
    private String trackUrl;
    private String session;
    // sampled: RTP/RTCP state
    private int lastSequence = -1;
    private long lastTimestamp = -1;
    private boolean haveSr;
    private long srNtp;
    private long srRtp;

    LoadClient(String url, boolean sampled, int fps) {
        this.url = url;
        this.sampled = sampled;
    }

    boolean sampled() {
        return sampled;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        state = State.OPTIONS;
        send(ctx, "OPTIONS", url);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (state != State.FAILED) {
            fail("connection closed in state " + state);
        }
        pending.release();
        pending = Unpooled.EMPTY_BUFFER;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(cause.toString());
        ctx.close();
    }

    void fail(String why) {
        if (state != State.FAILED) {
            failure = why;
            state = State.FAILED;
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf in = (ByteBuf) msg;
        drained += in.readableBytes();
        if (state == State.PLAYING && !sampled) {
            in.release(); // the cheap majority: drain and count
            return;
        }
        if (pending.isReadable()) {
            ByteBuf joined = ctx.alloc().buffer(pending.readableBytes() + in.readableBytes());
            joined.writeBytes(pending).writeBytes(in);
            pending.release();
            in.release();
            pending = joined;
        } else {
            pending.release();
            pending = in;
        }
        while (pending.isReadable() && parseOne(ctx)) {
            // one response or frame consumed
        }
        if (!pending.isReadable()) {
            pending.release();
            pending = Unpooled.EMPTY_BUFFER;
        } else if (pending.readerIndex() > 0) {
            ByteBuf rest = pending.copy();
            pending.release();
            pending = rest;
        }
    }

    /** Consumes one response or interleaved frame; false if more bytes are needed. */
    private boolean parseOne(ChannelHandlerContext ctx) {
        int start = pending.readerIndex();
        if (pending.getByte(start) == '$') {
            if (pending.readableBytes() < 4) {
                return false;
            }
            int channel = pending.getUnsignedByte(start + 1);
            int length = pending.getUnsignedShort(start + 2);
            if (pending.readableBytes() < 4 + length) {
                return false;
            }
            if (sampled && state == State.PLAYING) {
                if (channel == 0) {
                    rtp(start + 4, length);
                } else if (channel == 1) {
                    rtcp(start + 4, length);
                }
            }
            pending.skipBytes(4 + length);
            return true;
        }
        int end = indexOf(pending, "\r\n\r\n");
        if (end < 0) {
            if (pending.readableBytes() > 65536) {
                fail("no response end in 64 KiB");
                ctx.close();
            }
            return false;
        }
        String head = pending.toString(start, end - start, StandardCharsets.ISO_8859_1);
        int length = header(head, "content-length") == null ? 0 : Integer.parseInt(header(head, "content-length"));
        if (pending.readableBytes() < end - start + 4 + length) {
            return false;
        }
        String body = pending.toString(end + 4, length, StandardCharsets.ISO_8859_1);
        pending.readerIndex(end + 4 + length);
        response(ctx, head, body);
        return true;
    }

    private void response(ChannelHandlerContext ctx, String head, String body) {
        String[] status = head.split("\r\n", 2)[0].split(" ");
        int code = status.length > 1 ? Integer.parseInt(status[1]) : 0;
        if (code != 200) {
            fail(state + " answered " + head.split("\r\n", 2)[0]);
            ctx.close();
            return;
        }
        switch (state) {
            case OPTIONS -> {
                state = State.DESCRIBE;
                send(ctx, "DESCRIBE", url, "Accept: application/sdp");
            }
            case DESCRIBE -> {
                contentBase = header(head, "content-base") != null ? header(head, "content-base") : url;
                trackUrl = mediaControl(contentBase, body);
                state = State.SETUP;
                send(ctx, "SETUP", trackUrl, "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
            }
            case SETUP -> {
                session = header(head, "session").split(";")[0].strip();
                state = State.PLAY;
                send(ctx, "PLAY", contentBase, "Session: " + session, "Range: npt=0.000-");
            }
            case PLAY -> {
                state = State.PLAYING;
                ctx.executor().scheduleAtFixedRate(() -> {
                    if (ctx.channel().isActive()) {
                        send(ctx, "GET_PARAMETER", contentBase, "Session: " + session);
                    }
                }, 20, 20, TimeUnit.SECONDS);
            }
            default -> {
                // keep-alive answers
            }
        }
    }

    private void rtp(int at, int length) {
        if (length < 12) {
            stats.sequenceGaps++;
            return;
        }
        int seq = pending.getUnsignedShort(at + 2);
        long ts = pending.getUnsignedInt(at + 4);
        stats.packets++;
        stats.bytes += length;
        if (lastSequence >= 0 && seq != ((lastSequence + 1) & 0xffff)) {
            stats.sequenceGaps++;
        }
        lastSequence = seq;
        boolean first = ts != lastTimestamp;
        if (first) {
            stats.frames++;
            lastTimestamp = ts;
        }
        boolean marker = (pending.getUnsignedByte(at + 1) & 0x80) != 0;
        if (haveSr && (first || marker)) {
            long arrival = System.nanoTime() + EPOCH_OFFSET;
            long capture = ntpToUnixNanos(srNtp) + (long) ((int) (ts - srRtp)) * 1_000_000_000L / 90_000;
            if (first) {
                stats.delay(arrival - capture);
                stats.captureMillis.add(Math.round(capture / 1e6));
                // H.264: a key frame starts with an SPS, alone (type 7) or aggregated (STAP-A, 24)
                int nal = length > 12 ? pending.getUnsignedByte(at + 12) & 0x1f : 0;
                if (nal == 7 || nal == 24) {
                    stats.keyFrames.delay(arrival - capture);
                }
            }
            if (marker) {
                stats.complete.delay(arrival - capture);
            }
        }
    }

    private void rtcp(int at, int length) {
        int pos = at;
        int end = at + length;
        while (pos + 4 <= end) {
            int type = pending.getUnsignedByte(pos + 1);
            int words = pending.getUnsignedShort(pos + 2);
            if (type == 200 && pos + 20 <= end) {
                haveSr = true; // (NTP seconds since 1900 have the top bit set: no sign tricks)
                srNtp = pending.getLong(pos + 8);
                srRtp = pending.getUnsignedInt(pos + 16);
            }
            pos += 4 * (words + 1);
        }
    }

    static long ntpToUnixNanos(long ntp) {
        long seconds = (ntp >>> 32) - 2_208_988_800L;
        long fraction = ntp & 0xffffffffL;
        return seconds * 1_000_000_000L + (fraction * 1_000_000_000L >>> 32);
    }

    private void send(ChannelHandlerContext ctx, String method, String uri, String... headers) {
        StringBuilder b = new StringBuilder(method).append(' ').append(uri).append(" RTSP/1.0\r\nCSeq: ").append(++cseq)
                .append("\r\nUser-Agent: ptzcam-bench\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        ctx.writeAndFlush(Unpooled.copiedBuffer(b.append("\r\n"), StandardCharsets.ISO_8859_1));
    }

    /** The media section's control URL resolved against the base (RFC 2326 C.1.1). */
    static String mediaControl(String base, String sdp) {
        String control = null;
        boolean inMedia = false;
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("m=")) {
                inMedia = true;
            } else if (inMedia && line.startsWith("a=control:")) {
                control = line.substring(10).strip();
                break;
            }
        }
        if (control == null || control.equals("*")) {
            return base;
        }
        if (URI.create(control).isAbsolute()) {
            return control;
        }
        return base.endsWith("/") ? base + control : base + "/" + control;
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static int indexOf(ByteBuf b, String s) {
        int from = b.readerIndex();
        int to = b.writerIndex() - s.length();
        outer:
        for (int i = from; i <= to; i++) {
            for (int j = 0; j < s.length(); j++) {
                if (b.getByte(i + j) != s.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
