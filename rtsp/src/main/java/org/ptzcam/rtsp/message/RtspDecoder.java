package org.ptzcam.rtsp.message;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits the bytes of an RTSP connection into {@link RtspRequest}s and {@link InterleavedFrame}s
 * (RTCP receiver reports a client sends on its TCP connection, mixed with requests).
 *
 * <p>Grammar accepted (RFC 2326 §6, tolerant where clients differ): CR LF or bare LF line ends;
 * empty lines between messages are skipped; {@code Method SP Request-URI SP Version} where the
 * version is {@code RTSP/d.d} or {@code HTTP/d.d}; header lines {@code name ":" value} with
 * obsolete line folding (a line starting with space or tab continues the previous value); a body
 * of exactly {@code Content-Length} bytes.
 *
 * <p>Limits ({@link RtspLimits}) are checked before bytes are buffered, so a client that never
 * ends a line costs at most the limit. On any violation the decoder emits one
 * {@link MalformedRequest} and then discards everything that follows on the connection (the
 * stream cannot be resynchronised; the server answers and closes).
 */
public final class RtspDecoder extends ByteToMessageDecoder {

    private static final Pattern METHOD = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]{0,31}");
    private static final Pattern VERSION = Pattern.compile("(RTSP|HTTP)/\\d\\.\\d");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private enum State { START, HEADERS, BODY, FAILED }

    private final RtspLimits limits;
    private State state = State.START;
    private String[] requestLine;
    private final List<String> headerLines = new ArrayList<>();
    private int headerBytes;
    private RtspHeaders headers;
    private int bodyLength;
    private long pendingSince = -1;

    public RtspDecoder(RtspLimits limits) {
        this.limits = limits;
    }

    public RtspDecoder() {
        this(RtspLimits.DEFAULT);
    }

    /** Bytes held for a message not yet complete: what a slow or hostile client costs now. */
    public int buffered() {
        return actualReadableBytes();
    }

    /**
     * {@link System#nanoTime()} when the first byte of the request or interleaved frame now
     * arriving was decoded, or -1 between messages and after a violation (the server's request
     * timeout runs from it).
     */
    public long pendingSince() {
        return pendingSince;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (pendingSince < 0 && state != State.FAILED) {
                pendingSince = System.nanoTime();
            }
            int before = in.readableBytes();
            State was = state;
            Object message = switch (state) {
                case START -> start(in);
                case HEADERS -> headers(in);
                case BODY -> body(in);
                case FAILED -> {
                    in.skipBytes(in.readableBytes());
                    yield null;
                }
            };
            if (message != null) {
                pendingSince = -1;
                out.add(message);
                if (message instanceof MalformedRequest) {
                    in.skipBytes(in.readableBytes());
                    return;
                }
            } else if (in.readableBytes() == before && state == was) {
                return; // needs more bytes
            }
        }
    }

    private Object start(ByteBuf in) {
        // empty lines between messages (some clients end bodies with an extra CRLF)
        while (in.isReadable() && (in.getByte(in.readerIndex()) == '\r' || in.getByte(in.readerIndex()) == '\n')) {
            in.skipBytes(1);
        }
        if (!in.isReadable()) {
            pendingSince = -1; // only line ends between messages
            return null;
        }
        if (in.getByte(in.readerIndex()) == '$') {
            return interleaved(in);
        }
        String line = readLine(in, limits.maxRequestLine());
        if (line == null) {
            return in.readableBytes() > limits.maxRequestLine() + 2
                    ? fail(RtspStatus.REQUEST_URI_TOO_LARGE, "request line longer than " + limits.maxRequestLine() + " bytes")
                    : null;
        }
        if (line.length() > limits.maxRequestLine()) {
            return fail(RtspStatus.REQUEST_URI_TOO_LARGE, "request line longer than " + limits.maxRequestLine() + " bytes");
        }
        if (hasControl(line)) {
            return fail(RtspStatus.BAD_REQUEST, "control character in the request line");
        }
        String[] parts = line.strip().split(" +");
        if (parts.length != 3 || !METHOD.matcher(parts[0]).matches() || !VERSION.matcher(parts[2]).matches()
                || !visible(parts[1])) {
            return fail(RtspStatus.BAD_REQUEST, "malformed request line");
        }
        requestLine = parts;
        headerLines.clear();
        headerBytes = 0;
        state = State.HEADERS;
        return null;
    }

    private Object interleaved(ByteBuf in) {
        if (in.readableBytes() < 4) {
            return null;
        }
        int channel = in.getUnsignedByte(in.readerIndex() + 1);
        int length = in.getUnsignedShort(in.readerIndex() + 2);
        if (in.readableBytes() < 4 + length) {
            return null;
        }
        in.skipBytes(4);
        return new InterleavedFrame(channel, in.readRetainedSlice(length));
    }

    private Object headers(ByteBuf in) {
        int room = limits.maxHeaderBytes() - headerBytes;
        String line = readLine(in, room);
        if (line == null) {
            return in.readableBytes() > room ? fail(RtspStatus.BAD_REQUEST,
                    "headers longer than " + limits.maxHeaderBytes() + " bytes") : null;
        }
        headerBytes += line.length() + 2;
        if (headerBytes > limits.maxHeaderBytes()) {
            return fail(RtspStatus.BAD_REQUEST, "headers longer than " + limits.maxHeaderBytes() + " bytes");
        }
        if (hasControl(line)) {
            return fail(RtspStatus.BAD_REQUEST, "control character in a header line");
        }
        if (!line.isEmpty()) {
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (headerLines.isEmpty()) {
                    return fail(RtspStatus.BAD_REQUEST, "continuation line before any header");
                }
                int last = headerLines.size() - 1;
                headerLines.set(last, headerLines.get(last) + " " + line.strip());
            } else {
                if (headerLines.size() >= limits.maxHeaders()) {
                    return fail(RtspStatus.BAD_REQUEST, "more than " + limits.maxHeaders() + " headers");
                }
                headerLines.add(line);
            }
            return null;
        }
        RtspHeaders parsed = RtspHeaders.empty();
        for (String h : headerLines) {
            int colon = h.indexOf(':');
            String name = colon < 0 ? "" : h.substring(0, colon).strip();
            if (!HEADER_NAME.matcher(name).matches()) {
                return fail(RtspStatus.BAD_REQUEST, "malformed header line");
            }
            parsed = parsed.with(name, h.substring(colon + 1).strip());
        }
        headers = parsed;
        List<String> lengths = parsed.getAll("Content-Length").stream().map(String::strip).distinct().toList();
        if (lengths.size() > 1) {
            return fail(RtspStatus.BAD_REQUEST, "conflicting Content-Length headers");
        }
        bodyLength = 0;
        if (!lengths.isEmpty()) {
            String value = lengths.get(0);
            if (!value.matches("\\d{1,9}")) {
                return fail(RtspStatus.BAD_REQUEST, "Content-Length is not a number");
            }
            bodyLength = Integer.parseInt(value);
            if (bodyLength > limits.maxBody()) {
                return fail(RtspStatus.REQUEST_ENTITY_TOO_LARGE, "body longer than " + limits.maxBody() + " bytes");
            }
        }
        if (bodyLength == 0) {
            return finish(new byte[0]);
        }
        state = State.BODY;
        return null;
    }

    private Object body(ByteBuf in) {
        if (in.readableBytes() < bodyLength) {
            return null;
        }
        byte[] body = new byte[bodyLength];
        in.readBytes(body);
        return finish(body);
    }

    private RtspRequest finish(byte[] body) {
        RtspRequest request = new RtspRequest(requestLine[0], requestLine[1], requestLine[2], headers, body);
        state = State.START;
        requestLine = null;
        headers = null;
        headerLines.clear();
        return request;
    }

    private MalformedRequest fail(int status, String reason) {
        state = State.FAILED;
        Optional<String> cseq = headers != null ? headers.get("CSeq") : headerLines.stream()
                .filter(h -> h.regionMatches(true, 0, "CSeq:", 0, 5)).map(h -> h.substring(5).strip()).findFirst();
        return new MalformedRequest(status, reason, cseq);
    }

    /**
     * The next line without its line end, or null if no line end is within {@code max + 2} bytes
     * (then nothing is consumed). A line longer than {@code max} is returned so the caller can
     * report it. Control characters are left in: the caller counts the line's real length
     * against the limits first (a placeholder would hide it), then rejects them.
     */
    private static String readLine(ByteBuf in, int max) {
        int start = in.readerIndex();
        int scan = Math.min(in.readableBytes(), Math.max(0, max) + 2);
        int lf = in.indexOf(start, start + scan, (byte) '\n');
        if (lf < 0) {
            return null;
        }
        int end = lf > start && in.getByte(lf - 1) == '\r' ? lf - 1 : lf;
        String line = in.toString(start, end - start, StandardCharsets.ISO_8859_1);
        in.readerIndex(lf + 1);
        return line;
    }

    private static boolean hasControl(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(String s) {
        return s.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
