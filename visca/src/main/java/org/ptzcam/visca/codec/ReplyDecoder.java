package org.ptzcam.visca.codec;

import java.util.Arrays;

/**
 * The controller side: decodes camera→controller messages. Returns null for anything that is not
 * a well-formed reply (never throws), so a controller can drop garbage.
 */
public final class ReplyDecoder {
    private ReplyDecoder() {
    }

    /** A decoded reply and the address of the camera that sent it (0 for broadcasts). */
    public record Decoded(int cameraAddress, ViscaReply reply) {
    }

    public static Decoded decode(byte[] b) {
        return b == null ? null : decode(b, 0, b.length);
    }

    public static Decoded decode(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 3 || len > RequestDecoder.MAX_LENGTH || off + len > buf.length) {
            return null;
        }
        byte[] b = Arrays.copyOfRange(buf, off, off + len);
        if ((b[len - 1] & 0xFF) != 0xFF || (b[0] & 0x80) == 0) {
            return null;
        }
        for (int i = 0; i < len - 1; i++) {
            if ((b[i] & 0xFF) == 0xFF) {
                return null;
            }
        }
        int h = b[0] & 0xFF;
        int t = b[1] & 0xFF;
        if (h == 0x88) {
            if (t == 0x30 && len == 4 && b[2] <= 0x0F && b[2] >= 0) {
                return new Decoded(0, new ViscaReply.AddressSetNext(b[2]));
            }
            if (len == 5 && t == 0x01 && b[2] == 0x00 && b[3] == 0x01) {
                return new Decoded(0, new ViscaReply.IfClearBroadcast());
            }
            return null;
        }
        if ((h & 0x0F) != 0) {
            return null;
        }
        int camera = (h >> 4) & 0x07;
        if (camera == 0) {
            return null; // 0 is the controller's address; cameras are 1..7 (found by the fuzzer: 80 50 FF)
        }
        int socket = t & 0x0F;
        return switch (t & 0xF0) {
            case 0x40 -> len == 3 ? new Decoded(camera, new ViscaReply.Ack(socket)) : null;
            case 0x50 -> {
                if (len == 3 && socket != 0) {
                    yield new Decoded(camera, new ViscaReply.Completion(socket));
                }
                yield socket == 0 ? new Decoded(camera, new ViscaReply.InquiryAnswer(Arrays.copyOfRange(b, 2, len - 1)))
                        : null;
            }
            case 0x60 -> {
                ViscaError e = len == 4 ? ViscaError.of(b[2] & 0xFF) : null;
                yield e == null ? null : new Decoded(camera, new ViscaReply.ErrorReply(socket, e));
            }
            case 0x30 -> len == 3 && socket == 8 ? new Decoded(camera, new ViscaReply.NetworkChange()) : null;
            default -> null;
        };
    }
}
