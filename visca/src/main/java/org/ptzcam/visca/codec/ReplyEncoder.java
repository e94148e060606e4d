package org.ptzcam.visca.codec;

import org.ptzcam.visca.codec.ViscaReply.Ack;
import org.ptzcam.visca.codec.ViscaReply.AddressSetNext;
import org.ptzcam.visca.codec.ViscaReply.Completion;
import org.ptzcam.visca.codec.ViscaReply.ErrorReply;
import org.ptzcam.visca.codec.ViscaReply.IfClearBroadcast;
import org.ptzcam.visca.codec.ViscaReply.InquiryAnswer;
import org.ptzcam.visca.codec.ViscaReply.NetworkChange;

/** A reply as the bytes the camera sends; {@code y0} = 8 + the camera's address (0x90 for 1). */
public final class ReplyEncoder {
    private ReplyEncoder() {
    }

    public static byte[] encode(int cameraAddress, ViscaReply reply) {
        int y = 0x80 | ((cameraAddress & 0x07) << 4);
        return switch (reply) {
            case Ack a -> RequestEncoder.bytes(y, 0x40 | a.socket());
            case Completion c -> RequestEncoder.bytes(y, 0x50 | c.socket());
            case ErrorReply e -> RequestEncoder.bytes(y, 0x60 | e.socket(), e.error().code());
            case InquiryAnswer q -> {
                byte[] b = new byte[q.length() + 3];
                b[0] = (byte) y;
                b[1] = 0x50;
                for (int i = 0; i < q.length(); i++) {
                    b[2 + i] = (byte) q.at(i);
                }
                b[b.length - 1] = (byte) 0xFF;
                yield b;
            }
            case AddressSetNext n -> RequestEncoder.bytes(0x88, 0x30, n.address());
            case IfClearBroadcast c -> RequestEncoder.bytes(0x88, 0x01, 0x00, 0x01);
            case NetworkChange n -> RequestEncoder.bytes(y, 0x38);
        };
    }
}
