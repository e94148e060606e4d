package org.ptzcam.rtsp.tunnel;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Incremental base64 decoder (RFC 4648 §4 alphabet) for the POST body of an HTTP tunnel: chunks
 * may split a quad anywhere, and clients encode each request on its own, so padding ({@code =})
 * can end a quad in the middle of the stream and a new encoding starts after it. Whitespace is
 * skipped. Keeps at most three characters between calls.
 */
public final class Base64Stream {

    private static final byte[] VALUE = new byte[256];

    static {
        java.util.Arrays.fill(VALUE, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUE[alphabet.charAt(i)] = (byte) i;
        }
    }

    private int bits;      // pending 6-bit groups, most significant first
    private int count;     // characters of the current quad seen (0..3)
    private int padding;   // '=' seen in the current quad

    /** Decodes what {@code in} holds (consuming all of it) into a new buffer, possibly empty. */
    public ByteBuf decode(ByteBuf in, ByteBufAllocator alloc) throws MalformedBase64 {
        ByteBuf out = alloc.buffer(in.readableBytes() * 3 / 4 + 3);
        try {
            while (in.isReadable()) {
                int c = in.readUnsignedByte();
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    continue;
                }
                if (c == '=') {
                    if (count + padding < 2) {
                        throw new MalformedBase64("padding after " + count + " characters of a quad");
                    }
                    padding++;
                    if (count + padding == 4) {
                        flushPadded(out);
                    }
                    continue;
                }
                int v = VALUE[c];
                if (v < 0 || padding > 0) {
                    throw new MalformedBase64(v < 0 ? "not a base64 character: 0x" + Integer.toHexString(c)
                            : "data after padding inside a quad");
                }
                bits = (bits << 6) | v;
                if (++count == 4) {
                    out.writeMedium(bits);
                    bits = 0;
                    count = 0;
                }
            }
            return out;
        } catch (MalformedBase64 e) {
            out.release();
            throw e;
        }
    }

    private void flushPadded(ByteBuf out) {
        if (count == 2) {          // xx== : one byte
            out.writeByte(bits >> 4);
        } else {                   // xxx= : two bytes
            out.writeShort(bits >> 2);
        }
        bits = 0;
        count = 0;
        padding = 0;
    }

    /** True if no partial quad is pending (a request ended cleanly). */
    public boolean atBoundary() {
        return count == 0 && padding == 0;
    }
}
