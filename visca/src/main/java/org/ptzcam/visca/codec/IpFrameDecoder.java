package org.ptzcam.visca.codec;

import java.util.Arrays;

/**
 * Reads the Sony 8-byte header. Never throws; a datagram that cannot be a frame comes back as
 * {@link Malformed} carrying the reply the camera owes (with the sequence number when the header
 * was complete enough to have one).
 */
public final class IpFrameDecoder {
    /** Largest payload Sony allows: one VISCA message. */
    public static final int MAX_PAYLOAD = RequestDecoder.MAX_LENGTH;

    private IpFrameDecoder() {
    }

    public sealed interface Result {
    }

    public record Frame(IpFrame frame) implements Result {
    }

    /** The datagram holds a bare VISCA message (first byte {@code 8x}): raw VISCA on the Sony port. */
    public record Raw(byte[] message) implements Result {
        public Raw {
            message = message.clone();
        }

        @Override
        public byte[] message() {
            return message.clone();
        }
    }

    /**
     * Not a frame. {@code reply} is what to send back (a control-reply ERROR or a VISCA message
     * length error inside a reply frame); {@code reason} is for the log.
     */
    public record Malformed(IpFrame reply, String reason) implements Result {
    }

    public static Result decode(byte[] d) {
        return d == null ? new Malformed(controlError(0, IpFrame.ERROR_MESSAGE), "no datagram") : decode(d, 0, d.length);
    }

    public static Result decode(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off + len > buf.length) {
            return new Malformed(controlError(0, IpFrame.ERROR_MESSAGE), "no datagram");
        }
        if (len > 0 && (buf[off] & 0xF0) == 0x80) {
            return new Raw(Arrays.copyOfRange(buf, off, off + len));
        }
        if (len < IpFrame.HEADER_LENGTH) {
            return new Malformed(controlError(0, IpFrame.ERROR_MESSAGE), "shorter than the 8-byte header: " + len);
        }
        int type = u16(buf, off);
        int declared = u16(buf, off + 2);
        long seq = ((long) u16(buf, off + 4) << 16) | u16(buf, off + 6);
        int actual = len - IpFrame.HEADER_LENGTH;
        byte[] payload = Arrays.copyOfRange(buf, off + IpFrame.HEADER_LENGTH, off + len);
        if (type != PayloadType.CONTROL_COMMAND && type != PayloadType.CONTROL_REPLY
                && !PayloadType.isViscaRequest(type) && type != PayloadType.VISCA_REPLY) {
            return new Malformed(controlError(seq, IpFrame.ERROR_MESSAGE), String.format("unknown payload type %04X", type));
        }
        if (declared != actual || actual == 0 || actual > MAX_PAYLOAD) {
            String why = "header length " + declared + " but payload " + actual + " bytes";
            if (PayloadType.isViscaRequest(type)) {
                byte[] lengthError = ReplyEncoder.encode(1, new ViscaReply.ErrorReply(0, ViscaError.MESSAGE_LENGTH));
                return new Malformed(new IpFrame(PayloadType.VISCA_REPLY, seq, lengthError), why);
            }
            return new Malformed(controlError(seq, IpFrame.ERROR_MESSAGE), why);
        }
        return new Frame(new IpFrame(type, seq, payload));
    }

    public static IpFrame controlError(long seq, byte[] error) {
        return new IpFrame(PayloadType.CONTROL_REPLY, seq, error);
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }
}
