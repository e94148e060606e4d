package org.ptzcam.visca.codec;

import org.ptzcam.visca.codec.ViscaRequest.AddressSet;
import org.ptzcam.visca.codec.ViscaRequest.Cancel;
import org.ptzcam.visca.codec.ViscaRequest.Focus;
import org.ptzcam.visca.codec.ViscaRequest.FocusDirect;
import org.ptzcam.visca.codec.ViscaRequest.FocusInfinity;
import org.ptzcam.visca.codec.ViscaRequest.FocusMode;
import org.ptzcam.visca.codec.ViscaRequest.FocusModeInq;
import org.ptzcam.visca.codec.ViscaRequest.FocusOnePush;
import org.ptzcam.visca.codec.ViscaRequest.FocusPosInq;
import org.ptzcam.visca.codec.ViscaRequest.IfClear;
import org.ptzcam.visca.codec.ViscaRequest.Memory;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltAbsolute;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltDrive;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltHome;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltLimitClear;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltLimitSet;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltMaxSpeedInq;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltPosInq;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltRelative;
import org.ptzcam.visca.codec.ViscaRequest.PanTiltReset;
import org.ptzcam.visca.codec.ViscaRequest.Power;
import org.ptzcam.visca.codec.ViscaRequest.PowerInq;
import org.ptzcam.visca.codec.ViscaRequest.VersionInq;
import org.ptzcam.visca.codec.ViscaRequest.Zoom;
import org.ptzcam.visca.codec.ViscaRequest.ZoomDirect;
import org.ptzcam.visca.codec.ViscaRequest.ZoomFocusDirect;
import org.ptzcam.visca.codec.ViscaRequest.ZoomPosInq;

/**
 * The controller side: a request as the bytes a controller sends. Used by the test controllers,
 * the serial chain tests and the benchmark; the round trip with {@link RequestDecoder} is tested
 * on one case table.
 */
public final class RequestEncoder {
    private RequestEncoder() {
    }

    /** Encodes for camera address 1..7 (8 = broadcast, used for IF_Clear and Address Set). */
    public static byte[] encode(int address, ViscaRequest r) {
        int h = 0x80 | (address & 0x0F);
        return switch (r) {
            case IfClear c -> bytes(h, 0x01, 0x00, 0x01);
            case Cancel c -> bytes(h, 0x20 | c.socket());
            case AddressSet a -> bytes(0x88, 0x30, a.address());
            case Power p -> bytes(h, 0x01, 0x04, 0x00, p.on() ? 0x02 : 0x03);
            case Zoom z -> bytes(h, 0x01, 0x04, 0x07, drive(z.drive().ordinal(), z.speed()));
            case ZoomDirect z -> nibbles(new int[] {h, 0x01, 0x04, 0x47}, 4, z.position());
            case ZoomFocusDirect z -> {
                byte[] b = nibbles(new int[] {h, 0x01, 0x04, 0x47}, 8, 0);
                Nibbles.put(b, 4, 4, z.zoom());
                Nibbles.put(b, 8, 4, z.focus());
                yield b;
            }
            case Focus f -> bytes(h, 0x01, 0x04, 0x08, drive(f.drive().ordinal(), f.speed()));
            case FocusDirect f -> nibbles(new int[] {h, 0x01, 0x04, 0x48}, 4, f.position());
            case FocusMode m -> bytes(h, 0x01, 0x04, 0x38, switch (m.mode()) {
                case AUTO -> 0x02;
                case MANUAL -> 0x03;
                case TOGGLE -> 0x10;
            });
            case FocusOnePush f -> bytes(h, 0x01, 0x04, 0x18, 0x01);
            case FocusInfinity f -> bytes(h, 0x01, 0x04, 0x18, 0x02);
            case Memory m -> bytes(h, 0x01, 0x04, 0x3F, m.op().ordinal(), m.number());
            case PanTiltDrive d -> bytes(h, 0x01, 0x06, 0x01, d.panSpeed(), d.tiltSpeed(),
                    d.pan().ordinal() + 1, d.tilt().ordinal() + 1);
            case PanTiltAbsolute a -> position(h, 0x02, a.panSpeed(), a.tiltSpeed(), a.pan(), a.tilt(), a.widePan());
            case PanTiltRelative a -> position(h, 0x03, a.panSpeed(), a.tiltSpeed(), a.pan(), a.tilt(), a.widePan());
            case PanTiltHome x -> bytes(h, 0x01, 0x06, 0x04);
            case PanTiltReset x -> bytes(h, 0x01, 0x06, 0x05);
            case PanTiltLimitSet l -> {
                byte[] b = nibbles(new int[] {h, 0x01, 0x06, 0x07, 0x00, corner(l.corner())}, 8, 0);
                Nibbles.put(b, 6, 4, l.pan());
                Nibbles.put(b, 10, 4, l.tilt());
                yield b;
            }
            case PanTiltLimitClear l -> bytes(h, 0x01, 0x06, 0x07, 0x01, corner(l.corner()),
                    0x07, 0x0F, 0x0F, 0x0F, 0x07, 0x0F, 0x0F, 0x0F);
            case PowerInq q -> bytes(h, 0x09, 0x04, 0x00);
            case ZoomPosInq q -> bytes(h, 0x09, 0x04, 0x47);
            case FocusPosInq q -> bytes(h, 0x09, 0x04, 0x48);
            case FocusModeInq q -> bytes(h, 0x09, 0x04, 0x38);
            case PanTiltPosInq q -> bytes(h, 0x09, 0x06, 0x12);
            case PanTiltMaxSpeedInq q -> bytes(h, 0x09, 0x06, 0x11);
            case VersionInq q -> bytes(h, 0x09, 0x00, 0x02);
        };
    }

    private static int corner(ViscaRequest.LimitCorner c) {
        return c == ViscaRequest.LimitCorner.UP_RIGHT ? 1 : 0;
    }

    /** ordinal 0 stop, 1 tele/far, 2 wide/near. */
    private static int drive(int ordinal, int speed) {
        if (ordinal == 0) {
            return 0x00;
        }
        return speed == Zoom.STANDARD ? 0x01 + ordinal : ((0x01 + ordinal) << 4) | (speed & 0x07);
    }

    private static byte[] position(int h, int item, int vv, int ww, int pan, int tilt, boolean wide) {
        int panNibbles = wide ? 5 : 4;
        byte[] b = nibbles(new int[] {h, 0x01, 0x06, item, vv, ww}, panNibbles + 4, 0);
        Nibbles.put(b, 6, panNibbles, pan);
        Nibbles.put(b, 6 + panNibbles, 4, tilt);
        return b;
    }

    private static byte[] nibbles(int[] head, int count, int value) {
        byte[] b = new byte[head.length + count + 1];
        for (int i = 0; i < head.length; i++) {
            b[i] = (byte) head[i];
        }
        Nibbles.put(b, head.length, count, value);
        b[b.length - 1] = (byte) 0xFF;
        return b;
    }

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length + 1];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        b[v.length] = (byte) 0xFF;
        return b;
    }
}
