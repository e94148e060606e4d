package org.ptzcam.visca.codec;

import org.ptzcam.visca.codec.ViscaRequest.AddressSet;
import org.ptzcam.visca.codec.ViscaRequest.Cancel;
import org.ptzcam.visca.codec.ViscaRequest.FocusDrive;
import org.ptzcam.visca.codec.ViscaRequest.FocusModeSetting;
import org.ptzcam.visca.codec.ViscaRequest.LimitCorner;
import org.ptzcam.visca.codec.ViscaRequest.MemoryOp;
import org.ptzcam.visca.codec.ViscaRequest.PanDirection;
import org.ptzcam.visca.codec.ViscaRequest.TiltDirection;
import org.ptzcam.visca.codec.ViscaRequest.ZoomDrive;

/**
 * Decodes one controller→camera VISCA message ({@code 8x QQ … FF}, 3–16 bytes). Never throws:
 * a message that is too short, too long or not terminated by its only {@code FF} is rejected with
 * {@link ViscaError#MESSAGE_LENGTH}; an unknown command or a parameter outside its encoding with
 * {@link ViscaError#SYNTAX}. Out-of-range values that are well encoded (speeds, positions) are
 * passed on for the engine to clamp, as cameras do.
 */
public final class RequestDecoder {
    /** Longest VISCA message, header and terminator included. */
    public static final int MAX_LENGTH = 16;
    public static final int MIN_LENGTH = 3;

    private RequestDecoder() {
    }

    public static DecodeResult decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    public static DecodeResult decode(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off + len > buf.length) {
            return new DecodeResult.Rejected(-1, ViscaError.MESSAGE_LENGTH, "no message");
        }
        byte[] b = java.util.Arrays.copyOfRange(buf, off, off + len);
        int receiver = len > 0 && (b[0] & 0x80) != 0 ? b[0] & 0x0F : -1;
        if (len < MIN_LENGTH) {
            return length(receiver, "truncated: " + len + " bytes");
        }
        if (len > MAX_LENGTH) {
            return length(receiver, "longer than 16 bytes: " + len);
        }
        if ((b[len - 1] & 0xFF) != 0xFF) {
            return length(receiver, "no FF terminator");
        }
        for (int i = 0; i < len - 1; i++) {
            if ((b[i] & 0xFF) == 0xFF) {
                return length(receiver, "FF before the end at byte " + i);
            }
        }
        if ((b[0] & 0x80) == 0) {
            return syntax(-1, "header byte without its top bit");
        }
        int sender = (b[0] >> 4) & 0x07;
        ViscaRequest request = body(b, len);
        if (request == null) {
            return syntax(receiver, "unknown command or bad parameter");
        }
        return new DecodeResult.Ok(sender, receiver, request);
    }

    private static ViscaRequest body(byte[] b, int len) {
        int qq = b[1] & 0xFF;
        if (qq == 0x01 && len >= 4) {
            return command(b, len);
        }
        if (qq == 0x09 && len >= 4) {
            return inquiry(b, len);
        }
        if ((qq & 0xF0) == 0x20 && len == 3) {
            return new Cancel(qq & 0x0F);
        }
        if (qq == 0x30 && len == 4 && (b[0] & 0xFF) == 0x88 && (b[2] & 0xF0) == 0) {
            return new AddressSet(b[2] & 0x0F);
        }
        return null;
    }

    private static ViscaRequest command(byte[] b, int len) {
        int category = b[2] & 0xFF;
        int n = len - 1; // index of FF
        if (category == 0x00) {
            return n == 4 && b[3] == 0x01 ? new ViscaRequest.IfClear() : null;
        }
        if (category == 0x04 && n >= 4) {
            return camera(b, n);
        }
        if (category == 0x06 && n >= 4) {
            return panTilt(b, n);
        }
        return null;
    }

    private static ViscaRequest camera(byte[] b, int n) {
        int item = b[3] & 0xFF;
        int p = n == 5 ? b[4] & 0xFF : -1;
        switch (item) {
            case 0x00:
                return p == 0x02 ? new ViscaRequest.Power(true) : p == 0x03 ? new ViscaRequest.Power(false) : null;
            case 0x07: {
                ZoomDrive d = switch (p < 0 ? -1 : p >> 4) {
                    case 0 -> p == 0x00 ? ZoomDrive.STOP : p == 0x02 ? ZoomDrive.TELE : p == 0x03 ? ZoomDrive.WIDE : null;
                    case 2 -> ZoomDrive.TELE;
                    case 3 -> ZoomDrive.WIDE;
                    default -> null;
                };
                if (d == null || ((p >> 4) != 0 && (p & 0x0F) > 7)) {
                    return null;
                }
                return new ViscaRequest.Zoom(d, (p >> 4) == 0 ? ViscaRequest.Zoom.STANDARD : p & 0x0F);
            }
            case 0x08: {
                FocusDrive d = switch (p < 0 ? -1 : p >> 4) {
                    case 0 -> p == 0x00 ? FocusDrive.STOP : p == 0x02 ? FocusDrive.FAR : p == 0x03 ? FocusDrive.NEAR : null;
                    case 2 -> FocusDrive.FAR;
                    case 3 -> FocusDrive.NEAR;
                    default -> null;
                };
                if (d == null || ((p >> 4) != 0 && (p & 0x0F) > 7)) {
                    return null;
                }
                return new ViscaRequest.Focus(d, (p >> 4) == 0 ? ViscaRequest.Zoom.STANDARD : p & 0x0F);
            }
            case 0x47:
                if (n == 8 && Nibbles.valid(b, 4, 4)) {
                    return new ViscaRequest.ZoomDirect(Nibbles.unsigned(b, 4, 4));
                }
                if (n == 12 && Nibbles.valid(b, 4, 8)) {
                    return new ViscaRequest.ZoomFocusDirect(Nibbles.unsigned(b, 4, 4), Nibbles.unsigned(b, 8, 4));
                }
                return null;
            case 0x48:
                return n == 8 && Nibbles.valid(b, 4, 4) ? new ViscaRequest.FocusDirect(Nibbles.unsigned(b, 4, 4)) : null;
            case 0x38:
                return switch (p) {
                    case 0x02 -> new ViscaRequest.FocusMode(FocusModeSetting.AUTO);
                    case 0x03 -> new ViscaRequest.FocusMode(FocusModeSetting.MANUAL);
                    case 0x10 -> new ViscaRequest.FocusMode(FocusModeSetting.TOGGLE);
                    default -> null;
                };
            case 0x18:
                return p == 0x01 ? new ViscaRequest.FocusOnePush() : p == 0x02 ? new ViscaRequest.FocusInfinity() : null;
            case 0x3F: {
                if (n != 6 || b[4] < 0 || b[4] > 2) {
                    return null;
                }
                return new ViscaRequest.Memory(MemoryOp.values()[b[4]], b[5] & 0xFF);
            }
            default:
                return null;
        }
    }

    private static ViscaRequest panTilt(byte[] b, int n) {
        int item = b[3] & 0xFF;
        switch (item) {
            case 0x01: {
                if (n != 8) {
                    return null;
                }
                int pd = b[6];
                int td = b[7];
                if (pd < 1 || pd > 3 || td < 1 || td > 3) {
                    return null;
                }
                return new ViscaRequest.PanTiltDrive(b[4] & 0xFF, b[5] & 0xFF,
                        PanDirection.values()[pd - 1], TiltDirection.values()[td - 1]);
            }
            case 0x02, 0x03: {
                boolean wide = n == 15;
                if ((n != 14 && !wide) || !Nibbles.valid(b, 6, n - 6)) {
                    return null;
                }
                int panNibbles = wide ? 5 : 4;
                int pan = Nibbles.signed(b, 6, panNibbles);
                int tilt = Nibbles.signed(b, 6 + panNibbles, 4);
                int vv = b[4] & 0xFF;
                int ww = b[5] & 0xFF;
                return item == 0x02 ? new ViscaRequest.PanTiltAbsolute(vv, ww, pan, tilt, wide)
                        : new ViscaRequest.PanTiltRelative(vv, ww, pan, tilt, wide);
            }
            case 0x04:
                return n == 4 ? new ViscaRequest.PanTiltHome() : null;
            case 0x05:
                return n == 4 ? new ViscaRequest.PanTiltReset() : null;
            case 0x07: {
                if (n != 14 || !Nibbles.valid(b, 4, 10) || b[4] > 1 || b[5] > 1) {
                    return null;
                }
                LimitCorner corner = b[5] == 1 ? LimitCorner.UP_RIGHT : LimitCorner.DOWN_LEFT;
                if (b[4] == 1) {
                    return new ViscaRequest.PanTiltLimitClear(corner);
                }
                return new ViscaRequest.PanTiltLimitSet(corner, Nibbles.signed(b, 6, 4), Nibbles.signed(b, 10, 4));
            }
            default:
                return null;
        }
    }

    private static ViscaRequest inquiry(byte[] b, int len) {
        if (len != 5) {
            return null;
        }
        int cat = b[2] & 0xFF;
        int item = b[3] & 0xFF;
        return switch ((cat << 8) | item) {
            case 0x0002 -> new ViscaRequest.VersionInq();
            case 0x0400 -> new ViscaRequest.PowerInq();
            case 0x0447 -> new ViscaRequest.ZoomPosInq();
            case 0x0448 -> new ViscaRequest.FocusPosInq();
            case 0x0438 -> new ViscaRequest.FocusModeInq();
            case 0x0612 -> new ViscaRequest.PanTiltPosInq();
            case 0x0611 -> new ViscaRequest.PanTiltMaxSpeedInq();
            default -> null;
        };
    }

    private static DecodeResult length(int receiver, String why) {
        return new DecodeResult.Rejected(receiver, ViscaError.MESSAGE_LENGTH, why);
    }

    private static DecodeResult syntax(int receiver, String why) {
        return new DecodeResult.Rejected(receiver, ViscaError.SYNTAX, why);
    }
}
