package org.ptzcam.rtsp.rtp.av1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.ParameterSets;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.rtsp.rtp.RoundTrip;
import org.ptzcam.rtsp.rtp.RtpPacket;

class Av1RoundTripTest {

    static Stream<Av1CaseTable.Case> cases() {
        return Av1CaseTable.CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void payloadThenDepayloadGivesTheSameTemporalUnit(Av1CaseTable.Case c) {
        byte[] unit = Av1CaseTable.unit(c.obus());
        RoundTrip.Result r = RoundTrip.run(new Av1Payloader(Av1CaseTable.MAX), new Av1Depayloader(), unit,
                Av1CaseTable.MAX);
        assertThat(r.packets()).hasSize(c.packets());
        assertThat(r.unit()).isEqualTo(unit);
        // N only on the first packet of a unit with a sequence header; Z exactly after a Y
        boolean key = c.obus().stream().anyMatch(o -> o.type() == Av1CaseTable.SEQ);
        List<ByteBuf> p = new Av1Payloader(Av1CaseTable.MAX).payload(ByteBuffer.wrap(unit));
        for (int i = 0; i < p.size(); i++) {
            int agg = p.get(i).getUnsignedByte(0);
            assertThat((agg & 0x08) != 0).as("N bit of packet %d", i).isEqualTo(key && i == 0);
            boolean previousY = i > 0 && (p.get(i - 1).getUnsignedByte(0) & 0x40) != 0;
            assertThat((agg & 0x80) != 0).as("Z bit of packet %d", i).isEqualTo(previousY);
        }
        assertThat(p.get(p.size() - 1).getUnsignedByte(0) & 0x40).as("Y on the last packet").isZero();
        p.forEach(ByteBuf::release);
    }

    @Test
    void aggregationHeaderAndElementsOnTheWire() {
        byte[] unit = Av1CaseTable.unit(List.of(new Av1CaseTable.Obu(2, -1, 0), new Av1CaseTable.Obu(1, -1, 3),
                new Av1CaseTable.Obu(6, -1, 2)));
        List<ByteBuf> p = new Av1Payloader().payload(ByteBuffer.wrap(unit));
        assertThat(p).hasSize(1);
        // Z=0 Y=0 W=2 N=1; element 1: length 4, sequence header without size field; element 2 unsized
        assertThat(bytes(p.get(0))).containsExactly(0x28, 4, 0x08, 2, 15, 28, 0x30, 3, 16);
        p.forEach(ByteBuf::release);
    }

    @Test
    void realEncoderOutputSurvivesTheRoundTrip() {
        VideoEncoderConfig config = VideoEncoderConfig.of(VideoCodec.AV1, 320, 180, 15).withGopLength(8);
        List<byte[]> units = new ArrayList<>();
        try (VideoEncoder enc = VideoEncoder.open(config)) {
            for (int i = 0; i < 20; i++) {
                YuvFrame frame = YuvFrame.allocate(320, 180, i * 6000L);
                for (int y = 0; y < 180; y++) {
                    for (int x = 0; x < 320; x++) {
                        frame.y().put(y * 320 + x, (byte) ((x + 3 * i) ^ y));
                    }
                }
                enc.encode(frame).stream().map(EncodedPacket::data).forEach(units::add);
            }
            enc.flush().stream().map(EncodedPacket::data).forEach(units::add);
        }
        assertThat(units).hasSizeGreaterThanOrEqualTo(20);
        for (byte[] u : units) {
            // a fresh depayloader each time: every RoundTrip stream starts at the same sequence number
            assertThat(RoundTrip.run(new Av1Payloader(), new Av1Depayloader(), u, 1400).unit()).isEqualTo(u);
        }
        byte[] seq = ParameterSets.extract(VideoCodec.AV1, units.get(0)).sequenceHeader().orElseThrow();
        SequenceHeader h = SequenceHeader.parse(seq).orElseThrow();
        assertThat(h.profile()).isZero();
        assertThat(h.levelIdx()).isBetween(0, 23);
        assertThat(h.tier()).isZero();
    }

    @Test
    void malformedInputIsRefusedAndBrokenPacketsDropTheUnit() {
        // an OBU whose size runs past the end
        assertThatThrownBy(() -> new Av1Payloader().payload(ByteBuffer.wrap(new byte[] {0x32, 0x10, 1})))
                .isInstanceOf(IllegalArgumentException.class);
        Av1Depayloader d = new Av1Depayloader();
        assertThat(d.depayload(packet(1, true, 0x80, 2, 0x30, 0))).isEmpty();      // Z=1 without a start
        assertThat(d.depayload(packet(2, true, 0x00, 9, 0x30))).isEmpty();         // length beyond the packet
        assertThat(d.depayload(packet(3, true))).isEmpty();                         // empty payload
        assertThat(d.depayload(packet(4, true, 0x10, 0x30, 7))).contains(new byte[] {0x12, 0, 0x32, 1, 7});
        assertThat(d.depayload(packet(5, false, 0x50, 0x30, 1))).isEmpty();        // Y=1: fragment open
        assertThat(d.depayload(packet(7, true, 0x90, 2))).isEmpty();                // sequence 6 lost
    }

    private static RtpPacket packet(int seq, boolean marker, int... bytes) {
        ByteBuf b = Unpooled.buffer();
        for (int x : bytes) {
            b.writeByte(x);
        }
        return new RtpPacket(98, marker, seq, 0, 1, b);
    }

    private static int[] bytes(ByteBuf b) {
        int[] out = new int[b.readableBytes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getUnsignedByte(b.readerIndex() + i);
        }
        return out;
    }
}
