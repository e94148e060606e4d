package org.ptzcam.rtsp.rtcp;

import java.util.HexFormat;
import java.util.List;
import org.ptzcam.rtsp.rtcp.RtcpPacket.Bye;
import org.ptzcam.rtsp.rtcp.RtcpPacket.ReceiverReport;
import org.ptzcam.rtsp.rtcp.RtcpPacket.ReportBlock;
import org.ptzcam.rtsp.rtcp.RtcpPacket.SdesChunk;
import org.ptzcam.rtsp.rtcp.RtcpPacket.SenderReport;
import org.ptzcam.rtsp.rtcp.RtcpPacket.SourceDescription;

/** RTCP byte strings, written out by hand from RFC 3550 §6.4–6.6, with what they mean. */
final class RtcpCaseTable {

    /** Bytes that decode to {@code packets}; {@code canonical} ones are also what encoding gives. */
    record Valid(String name, String hex, List<RtcpPacket> packets, boolean canonical) {
        byte[] bytes() {
            return HexFormat.of().parseHex(hex.replace(" ", ""));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Bytes that must be refused with a {@link MalformedRtcp}. */
    record Invalid(String name, String hex) {
        byte[] bytes() {
            return HexFormat.of().parseHex(hex.replace(" ", ""));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final long CAM = 0x11223344L;
    static final long CLIENT = 0xAABBCCDDL;
    static final String SR = "80c80006 11223344 e1b2c3d4 80000000 01020304 0000000a 000003e8";
    static final String SDES = "81ca0003 11223344 0103 63616d 00 0000";
    static final String RR1 = "81c90007 aabbccdd 11223344 02ffffff 00010010 00000020 c3d48000 00010000";

    static final SenderReport SR_PACKET = new SenderReport(CAM, 0xe1b2c3d4_80000000L, 0x01020304L, 10, 1000, List.of());
    static final SourceDescription SDES_PACKET = new SourceDescription(List.of(new SdesChunk(CAM, "cam")));
    static final ReportBlock BLOCK = new ReportBlock(CAM, 2, -1, 0x00010010L, 0x20, 0xc3d48000L, 0x10000);

    static final List<Valid> VALID = List.of(
            new Valid("SR alone", SR, List.of(SR_PACKET), true),
            new Valid("SR + SDES CNAME (what the camera sends)", SR + SDES, List.of(SR_PACKET, SDES_PACKET), true),
            new Valid("SR + SDES + BYE (teardown)", SR + SDES + "81cb0001 11223344",
                    List.of(SR_PACKET, SDES_PACKET, new Bye(List.of(CAM), "")), true),
            new Valid("SR with a report block", "81c8000c 11223344 e1b2c3d4 80000000 01020304 0000000a 000003e8"
                    + RR1.substring(RR1.indexOf("11223344")),
                    List.of(new SenderReport(CAM, 0xe1b2c3d4_80000000L, 0x01020304L, 10, 1000, List.of(BLOCK))), true),
            new Valid("empty RR (ffmpeg before it received anything)", "80c90001 aabbccdd",
                    List.of(new ReceiverReport(CLIENT, List.of())), true),
            new Valid("RR with one block, negative cumulative loss", RR1,
                    List.of(new ReceiverReport(CLIENT, List.of(BLOCK))), true),
            new Valid("RR + SDES CNAME of 4 bytes (needs 2 null octets)",
                    "80c90001 aabbccdd 81ca0003 aabbccdd 0104 686f7374 0000",
                    List.of(new ReceiverReport(CLIENT, List.of()),
                            new SourceDescription(List.of(new SdesChunk(CLIENT, "host")))), true),
            new Valid("SDES CNAME of 1 byte (exactly one null octet)",
                    "80c90001 aabbccdd 81ca0002 aabbccdd 01016800",
                    List.of(new ReceiverReport(CLIENT, List.of()),
                            new SourceDescription(List.of(new SdesChunk(CLIENT, "h")))), true),
            new Valid("RR + BYE with reason", "80c90001 aabbccdd 81cb0002 aabbccdd 03656e64",
                    List.of(new ReceiverReport(CLIENT, List.of()), new Bye(List.of(CLIENT), "end")), true),
            new Valid("SDES with a NAME item before CNAME (NAME skipped)",
                    "80c90001 aabbccdd 81ca0004 aabbccdd 0202 6e6d 0103 616263 00 0000",
                    List.of(new ReceiverReport(CLIENT, List.of()),
                            new SourceDescription(List.of(new SdesChunk(CLIENT, "abc")))), false),
            new Valid("padding in the last packet", "80c90001 aabbccdd a1ca0003 aabbccdd 00000000 00000004",
                    List.of(new ReceiverReport(CLIENT, List.of()),
                            new SourceDescription(List.of(new SdesChunk(CLIENT, null)))), false),
            new Valid("APP packet is kept as Other", "80c90001 aabbccdd 80cc0002 aabbccdd 6e616d65",
                    List.of(new ReceiverReport(CLIENT, List.of()), new RtcpPacket.Other(204, 0, 12)), false));

    static final List<Invalid> INVALID = List.of(
            new Invalid("empty", ""),
            new Invalid("three bytes", "80c900"),
            new Invalid("version 1", "40c90001 aabbccdd"),
            new Invalid("version 0", "00c90001 aabbccdd"),
            new Invalid("starts with SDES", SDES),
            new Invalid("starts with BYE", "81cb0001 11223344"),
            new Invalid("an RTP packet (PT 96)", "80601234 00000001 11223344 deadbeef"),
            new Invalid("length overruns the datagram", "80c90005 aabbccdd"),
            new Invalid("trailing bytes after the last packet", "80c90001 aabbccdd 0000"),
            new Invalid("SR shorter than its sender info", "80c80002 11223344 e1b2c3d4 80000000"),
            new Invalid("RR count 1 without the block", "81c90001 aabbccdd"),
            new Invalid("padding in the first packet", "a0c90002 aabbccdd 00000004"),
            new Invalid("padding not in the last packet", "80c90001 aabbccdd a1ca0002 aabbccdd 00000004 80c90001 aabbccdd"),
            new Invalid("padding count 0", "80c90001 aabbccdd a1ca0002 aabbccdd 00000000"),
            new Invalid("padding count larger than the packet", "80c90001 aabbccdd a1ca0002 aabbccdd 000000ff"),
            new Invalid("SDES chunk without end of items", "80c90001 aabbccdd 81ca0002 aabbccdd 01026869 "
                    .replace("01026869", "01036869")),
            new Invalid("SDES item overruns", "80c90001 aabbccdd 81ca0002 aabbccdd 01106869"),
            new Invalid("SDES count 2, one chunk", "80c90001 aabbccdd 82ca0002 aabbccdd 00000000"),
            new Invalid("BYE reason overruns", "80c90001 aabbccdd 81cb0002 aabbccdd 09656e64"),
            new Invalid("BYE count 2, one SSRC", "80c90001 aabbccdd 82cb0001 aabbccdd"));

    private RtcpCaseTable() {
    }
}
