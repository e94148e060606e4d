package org.ptzcam.visca.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One Sony VISCA-over-IP datagram: payload type, sequence number (uint32 as a long) and payload.
 * The header's length field is the payload's length, so it is not stored.
 */
public record IpFrame(int payloadType, long sequence, byte[] payload) {
    public static final int HEADER_LENGTH = 8;

    /** RESET control payload; also the control reply acknowledging it. */
    public static final byte[] RESET = {0x01};
    /** Control ERROR: abnormality in sequence number. */
    public static final byte[] ERROR_SEQUENCE = {0x0F, 0x01};
    /** Control ERROR: abnormality in message (type or framing). */
    public static final byte[] ERROR_MESSAGE = {0x0F, 0x02};

    public IpFrame {
        payload = payload.clone();
        sequence &= 0xFFFF_FFFFL;
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public boolean payloadIs(byte[] expected) {
        return Arrays.equals(payload, expected);
    }

    public byte[] encode() {
        byte[] b = new byte[HEADER_LENGTH + payload.length];
        b[0] = (byte) (payloadType >> 8);
        b[1] = (byte) payloadType;
        b[2] = (byte) (payload.length >> 8);
        b[3] = (byte) payload.length;
        b[4] = (byte) (sequence >> 24);
        b[5] = (byte) (sequence >> 16);
        b[6] = (byte) (sequence >> 8);
        b[7] = (byte) sequence;
        System.arraycopy(payload, 0, b, HEADER_LENGTH, payload.length);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpFrame f && f.payloadType == payloadType && f.sequence == sequence
                && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + payloadType * 17 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return String.format("IpFrame[%04X seq=%d %s]", payloadType, sequence,
                HexFormat.ofDelimiter(" ").formatHex(payload));
    }
}
