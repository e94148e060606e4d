package org.ptzcam.visca.codec;

import java.util.HexFormat;
import java.util.List;
import org.ptzcam.visca.codec.ViscaRequest.*;
import org.ptzcam.visca.codec.ViscaReply.*;

/**
 * The one case table: byte vectors from visca.md with what they mean. Encode tests, decode tests
 * and the fuzzer's seeds all come from here.
 */
public final class ViscaCases {
    private ViscaCases() {
    }

    /** A request that decodes to {@code request} from {@code address}, and encodes back to the bytes when {@code canonical}. */
    public record RequestCase(String hex, int address, ViscaRequest request, boolean canonical) {
        public byte[] bytes() {
            return ViscaCases.hex(hex);
        }
    }

    public record ReplyCase(String hex, int cameraAddress, ViscaReply reply) {
        public byte[] bytes() {
            return ViscaCases.hex(hex);
        }
    }

    /** A message the decoder must reject with {@code error}. */
    public record BadCase(String hex, ViscaError error, String why) {
        public byte[] bytes() {
            return ViscaCases.hex(hex);
        }
    }

    /** A Sony datagram and the frame it holds. */
    public record FrameCase(String hex, IpFrame frame) {
        public byte[] bytes() {
            return ViscaCases.hex(hex);
        }
    }

    /** A datagram that is no frame and the reply it earns. */
    public record MalformedFrameCase(String hex, String replyHex, String why) {
        public byte[] bytes() {
            return ViscaCases.hex(hex);
        }
    }

    public static final List<RequestCase> REQUESTS = List.of(
            req("81 01 00 01 FF", 1, new IfClear()),
            req("88 01 00 01 FF", 8, new IfClear()),
            req("81 21 FF", 1, new Cancel(1)),
            req("81 22 FF", 1, new Cancel(2)),
            req("88 30 01 FF", 8, new AddressSet(1)),
            req("81 01 04 00 02 FF", 1, new Power(true)),
            req("81 01 04 00 03 FF", 1, new Power(false)),
            req("81 01 04 07 00 FF", 1, new Zoom(ZoomDrive.STOP, Zoom.STANDARD)),
            req("81 01 04 07 02 FF", 1, new Zoom(ZoomDrive.TELE, Zoom.STANDARD)),
            req("81 01 04 07 03 FF", 1, new Zoom(ZoomDrive.WIDE, Zoom.STANDARD)),
            req("81 01 04 07 25 FF", 1, new Zoom(ZoomDrive.TELE, 5)),
            req("81 01 04 07 37 FF", 1, new Zoom(ZoomDrive.WIDE, 7)),
            req("81 01 04 47 04 00 00 00 FF", 1, new ZoomDirect(0x4000)),
            req("81 01 04 47 01 06 0A 01 FF", 1, new ZoomDirect(0x16A1)),
            req("81 01 04 47 02 00 00 00 01 00 00 00 FF", 1, new ZoomFocusDirect(0x2000, 0x1000)),
            req("81 01 04 08 00 FF", 1, new Focus(FocusDrive.STOP, Zoom.STANDARD)),
            req("81 01 04 08 02 FF", 1, new Focus(FocusDrive.FAR, Zoom.STANDARD)),
            req("81 01 04 08 03 FF", 1, new Focus(FocusDrive.NEAR, Zoom.STANDARD)),
            req("81 01 04 08 20 FF", 1, new Focus(FocusDrive.FAR, 0)),
            req("81 01 04 08 36 FF", 1, new Focus(FocusDrive.NEAR, 6)),
            req("81 01 04 48 0F 00 00 00 FF", 1, new FocusDirect(0xF000)),
            req("81 01 04 38 02 FF", 1, new FocusMode(FocusModeSetting.AUTO)),
            req("81 01 04 38 03 FF", 1, new FocusMode(FocusModeSetting.MANUAL)),
            req("81 01 04 38 10 FF", 1, new FocusMode(FocusModeSetting.TOGGLE)),
            req("81 01 04 18 01 FF", 1, new FocusOnePush()),
            req("81 01 04 18 02 FF", 1, new FocusInfinity()),
            req("81 01 04 3F 00 05 FF", 1, new Memory(MemoryOp.RESET, 5)),
            req("81 01 04 3F 01 3F FF", 1, new Memory(MemoryOp.SET, 0x3F)),
            req("81 01 04 3F 02 00 FF", 1, new Memory(MemoryOp.RECALL, 0)),
            req("81 01 06 01 18 14 03 01 FF", 1, new PanTiltDrive(0x18, 0x14, PanDirection.STOP, TiltDirection.UP)),
            req("81 01 06 01 01 01 03 02 FF", 1, new PanTiltDrive(1, 1, PanDirection.STOP, TiltDirection.DOWN)),
            req("81 01 06 01 05 05 01 03 FF", 1, new PanTiltDrive(5, 5, PanDirection.LEFT, TiltDirection.STOP)),
            req("81 01 06 01 05 05 02 03 FF", 1, new PanTiltDrive(5, 5, PanDirection.RIGHT, TiltDirection.STOP)),
            req("81 01 06 01 05 05 01 01 FF", 1, new PanTiltDrive(5, 5, PanDirection.LEFT, TiltDirection.UP)),
            req("81 01 06 01 05 05 02 02 FF", 1, new PanTiltDrive(5, 5, PanDirection.RIGHT, TiltDirection.DOWN)),
            req("81 01 06 01 05 05 03 03 FF", 1, new PanTiltDrive(5, 5, PanDirection.STOP, TiltDirection.STOP)),
            // −170° and +90° in the PTZOptics scaling (visca.md §3)
            req("81 01 06 02 18 14 0F 06 07 00 00 05 01 00 FF", 1, new PanTiltAbsolute(0x18, 0x14, -2448, 0x0510, false)),
            req("81 01 06 02 00 00 00 00 00 00 00 00 00 00 FF", 1, new PanTiltAbsolute(0, 0, 0, 0, false)),
            req("81 01 06 02 18 17 00 09 0B 0B 0B 05 02 0E 0F FF", 1,
                    new PanTiltAbsolute(0x18, 0x17, 0x09BBB, 0x52EF, true)),
            req("81 01 06 03 0C 0A 0F 0F 0F 0F 00 00 00 01 FF", 1, new PanTiltRelative(0x0C, 0x0A, -1, 1, false)),
            req("81 01 06 04 FF", 1, new PanTiltHome()),
            req("81 01 06 05 FF", 1, new PanTiltReset()),
            req("81 01 06 07 00 01 00 09 09 00 00 05 01 00 FF", 1,
                    new PanTiltLimitSet(LimitCorner.UP_RIGHT, 0x0990, 0x0510)),
            req("81 01 06 07 00 00 0F 06 07 00 0F 0E 05 00 FF", 1,
                    new PanTiltLimitSet(LimitCorner.DOWN_LEFT, -2448, -432)),
            req("81 01 06 07 01 01 07 0F 0F 0F 07 0F 0F 0F FF", 1, new PanTiltLimitClear(LimitCorner.UP_RIGHT)),
            req("81 01 06 07 01 00 07 0F 0F 0F 07 0F 0F 0F FF", 1, new PanTiltLimitClear(LimitCorner.DOWN_LEFT)),
            req("81 09 04 00 FF", 1, new PowerInq()),
            req("81 09 04 47 FF", 1, new ZoomPosInq()),
            req("81 09 04 48 FF", 1, new FocusPosInq()),
            req("81 09 04 38 FF", 1, new FocusModeInq()),
            req("81 09 06 12 FF", 1, new PanTiltPosInq()),
            req("81 09 06 11 FF", 1, new PanTiltMaxSpeedInq()),
            req("81 09 00 02 FF", 1, new VersionInq()),
            req("82 09 04 00 FF", 2, new PowerInq()),
            req("87 01 06 04 FF", 7, new PanTiltHome()),
            // accepted, though not what our encoder writes: the limit-clear filler is not checked
            new RequestCase("81 01 06 07 01 01 00 00 00 00 00 00 00 00 FF", 1, new PanTiltLimitClear(LimitCorner.UP_RIGHT), false));

    public static final List<ReplyCase> REPLIES = List.of(
            new ReplyCase("90 41 FF", 1, new Ack(1)),
            new ReplyCase("90 42 FF", 1, new Ack(2)),
            new ReplyCase("90 51 FF", 1, new Completion(1)),
            new ReplyCase("90 52 FF", 1, new Completion(2)),
            new ReplyCase("A0 41 FF", 2, new Ack(1)),
            new ReplyCase("90 50 FF", 1, InquiryAnswers.empty()),
            new ReplyCase("90 50 02 FF", 1, InquiryAnswers.power(true)),
            new ReplyCase("90 50 03 FF", 1, InquiryAnswers.power(false)),
            new ReplyCase("90 50 04 00 00 00 FF", 1, InquiryAnswers.zoomPosition(0x4000)),
            new ReplyCase("90 50 01 00 00 00 FF", 1, InquiryAnswers.focusPosition(0x1000)),
            new ReplyCase("90 50 02 FF", 1, InquiryAnswers.focusMode(true)),
            new ReplyCase("90 50 0F 06 07 00 00 05 01 00 FF", 1, InquiryAnswers.panTiltPosition(-2448, 0x0510)),
            new ReplyCase("90 50 18 14 FF", 1, InquiryAnswers.maxSpeed(0x18, 0x14)),
            new ReplyCase("90 50 00 01 07 00 01 00 02 FF", 1, InquiryAnswers.version(0x0001, 0x0700, 0x0100, 2)),
            new ReplyCase("90 60 01 FF", 1, new ErrorReply(0, ViscaError.MESSAGE_LENGTH)),
            new ReplyCase("90 60 02 FF", 1, new ErrorReply(0, ViscaError.SYNTAX)),
            new ReplyCase("90 60 03 FF", 1, new ErrorReply(0, ViscaError.BUFFER_FULL)),
            new ReplyCase("90 61 04 FF", 1, new ErrorReply(1, ViscaError.CANCELLED)),
            new ReplyCase("90 62 05 FF", 1, new ErrorReply(2, ViscaError.NO_SOCKET)),
            new ReplyCase("90 61 41 FF", 1, new ErrorReply(1, ViscaError.NOT_EXECUTABLE)),
            new ReplyCase("90 38 FF", 1, new NetworkChange()),
            new ReplyCase("A0 38 FF", 2, new NetworkChange()),
            new ReplyCase("88 30 02 FF", 0, new AddressSetNext(2)),
            new ReplyCase("88 01 00 01 FF", 0, new IfClearBroadcast()));

    public static final List<BadCase> BAD = List.of(
            bad("", ViscaError.MESSAGE_LENGTH, "empty"),
            bad("81", ViscaError.MESSAGE_LENGTH, "header only"),
            bad("81 FF", ViscaError.MESSAGE_LENGTH, "two bytes"),
            bad("81 09 04 00", ViscaError.MESSAGE_LENGTH, "no FF"),
            bad("81 01 06 01 05 05 03", ViscaError.MESSAGE_LENGTH, "truncated drive"),
            bad("81 09 FF 04 00 FF", ViscaError.MESSAGE_LENGTH, "FF in the middle"),
            bad("81 01 06 02 18 14 00 00 00 00 00 00 00 00 00 00 FF", ViscaError.MESSAGE_LENGTH, "17 bytes"),
            bad("01 09 04 00 FF", ViscaError.SYNTAX, "header without top bit"),
            bad("81 09 04 99 FF", ViscaError.SYNTAX, "unknown inquiry"),
            bad("81 01 04 99 02 FF", ViscaError.SYNTAX, "unknown camera command"),
            bad("81 01 05 00 FF", ViscaError.SYNTAX, "unknown category"),
            bad("81 01 04 00 04 FF", ViscaError.SYNTAX, "power parameter"),
            bad("81 01 04 07 01 FF", ViscaError.SYNTAX, "zoom 01"),
            bad("81 01 04 07 28 FF", ViscaError.SYNTAX, "zoom speed 8"),
            bad("81 01 04 07 44 FF", ViscaError.SYNTAX, "zoom 4p"),
            bad("81 01 04 47 10 00 00 00 FF", ViscaError.SYNTAX, "zoom nibble byte 10"),
            bad("81 01 04 47 00 00 00 FF", ViscaError.SYNTAX, "zoom direct with 3 nibbles"),
            bad("81 01 04 3F 03 01 FF", ViscaError.SYNTAX, "memory op 3"),
            bad("81 01 06 01 05 05 04 03 FF", ViscaError.SYNTAX, "pan direction 4"),
            bad("81 01 06 01 05 05 03 00 FF", ViscaError.SYNTAX, "tilt direction 0"),
            bad("81 01 06 02 18 14 00 00 00 00 00 00 00 FF", ViscaError.SYNTAX, "absolute with 7 nibbles"),
            bad("81 01 06 02 18 14 00 00 00 00 00 00 00 A0 FF", ViscaError.SYNTAX, "absolute nibble byte A0"),
            bad("81 01 06 07 02 01 00 00 00 00 00 00 00 00 FF", ViscaError.SYNTAX, "limit op 2"),
            bad("81 09 04 00 00 FF", ViscaError.SYNTAX, "inquiry with a parameter"),
            bad("81 30 01 FF", ViscaError.SYNTAX, "address set not broadcast"),
            bad("81 21 00 FF", ViscaError.SYNTAX, "cancel with a parameter"),
            bad("81 01 00 02 FF", ViscaError.SYNTAX, "interface command 02"));

    public static final List<FrameCase> FRAMES = List.of(
            frame("02 00 00 01 00 00 00 00 01", PayloadType.CONTROL_COMMAND, 0, "01"),
            frame("02 00 00 01 00 00 00 01 01", PayloadType.CONTROL_COMMAND, 1, "01"),
            frame("02 01 00 01 00 00 00 00 01", PayloadType.CONTROL_REPLY, 0, "01"),
            frame("02 01 00 02 00 00 00 07 0F 01", PayloadType.CONTROL_REPLY, 7, "0F 01"),
            frame("02 01 00 02 00 00 00 07 0F 02", PayloadType.CONTROL_REPLY, 7, "0F 02"),
            frame("01 10 00 05 00 00 00 05 81 09 04 00 FF", PayloadType.VISCA_INQUIRY, 5, "81 09 04 00 FF"),
            frame("01 11 00 04 00 00 00 05 90 50 02 FF", PayloadType.VISCA_REPLY, 5, "90 50 02 FF"),
            frame("01 00 00 06 00 00 00 06 81 01 04 07 02 FF", PayloadType.VISCA_COMMAND, 6, "81 01 04 07 02 FF"),
            frame("01 11 00 03 00 00 00 06 90 41 FF", PayloadType.VISCA_REPLY, 6, "90 41 FF"),
            frame("01 11 00 03 00 00 00 06 90 51 FF", PayloadType.VISCA_REPLY, 6, "90 51 FF"),
            frame("01 20 00 05 FF FF FF FF 81 01 00 01 FF", PayloadType.VISCA_SETTING, 0xFFFF_FFFFL, "81 01 00 01 FF"));

    public static final List<MalformedFrameCase> MALFORMED_FRAMES = List.of(
            new MalformedFrameCase("", "02 01 00 02 00 00 00 00 0F 02", "empty datagram"),
            new MalformedFrameCase("01 00 00 05 00 00 00", "02 01 00 02 00 00 00 00 0F 02", "7-byte header"),
            new MalformedFrameCase("01 00 00 05 00 00 00 09 81 09 04 00", "01 11 00 04 00 00 00 09 90 60 01 FF",
                    "header length 5, payload 4"),
            new MalformedFrameCase("01 10 00 03 00 00 00 0A 81 09 04 00 FF", "01 11 00 04 00 00 00 0A 90 60 01 FF",
                    "header length 3, payload 5"),
            new MalformedFrameCase("01 00 00 00 00 00 00 0B", "01 11 00 04 00 00 00 0B 90 60 01 FF", "empty payload"),
            new MalformedFrameCase("01 00 00 11 00 00 00 0C 81 01 06 02 18 14 00 00 00 00 00 00 00 00 00 00 FF",
                    "01 11 00 04 00 00 00 0C 90 60 01 FF", "17-byte payload"),
            new MalformedFrameCase("03 00 00 01 00 00 00 0D 01", "02 01 00 02 00 00 00 0D 0F 02", "unknown payload type"),
            new MalformedFrameCase("02 00 00 02 00 00 00 0E 01", "02 01 00 02 00 00 00 0E 0F 02",
                    "control header length 2, payload 1"));

    private static RequestCase req(String hex, int address, ViscaRequest r) {
        return new RequestCase(hex, address, r, true);
    }

    private static BadCase bad(String hex, ViscaError e, String why) {
        return new BadCase(hex, e, why);
    }

    private static FrameCase frame(String hex, int type, long seq, String payload) {
        return new FrameCase(hex, new IpFrame(type, seq, hex(payload)));
    }

    public static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    public static String hex(byte[] b) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b);
    }
}
