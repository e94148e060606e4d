package org.ptzcam.rtsp.rtp.aac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.audio.AudioEncoder;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.rtsp.rtp.EncodedAudio;
import org.ptzcam.rtsp.rtp.RoundTrip;
import org.ptzcam.rtsp.rtp.RtpPacket;

class AacRoundTripTest {

    static Stream<AacCaseTable.Case> cases() {
        return AacCaseTable.CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void payloadThenDepayloadGivesTheSameAu(AacCaseTable.Case c) {
        byte[] au = AacCaseTable.au(c.auSize(), c.auSize());
        RoundTrip.Result r = RoundTrip.run(new AacPayloader(AacCaseTable.MAX), new AacDepayloader(), au, AacCaseTable.MAX);
        assertThat(r.packets()).hasSize(c.packets());
        assertThat(r.unit()).isEqualTo(au);
    }

    @Test
    void realEncoderFramesSurviveTheRoundTrip() {
        AudioEncoderConfig config = new AudioEncoderConfig(AudioCodec.AAC_LC, 48000, 2, 128);
        List<byte[]> frames = EncodedAudio.frames(config, 1.0);
        assertThat(frames).hasSizeGreaterThan(40);
        AacDepayloader depay = new AacDepayloader();
        for (byte[] f : frames) {
            assertThat(RoundTrip.run(new AacPayloader(), depay, f, 1400).unit()).isEqualTo(f);
        }
    }

    @Test
    void headerIsOneSixteenBitAuHeaderWithTheWholeSizeInEveryFragment() {
        List<ByteBuf> p = new AacPayloader(100).payload(ByteBuffer.wrap(AacCaseTable.au(250, 1)));
        assertThat(p).hasSize(3);
        for (ByteBuf b : p) {
            assertThat(b.getUnsignedShort(0)).isEqualTo(16);
            assertThat(b.getUnsignedShort(2)).isEqualTo(250 << 3);
        }
        assertThat(p.get(2).readableBytes()).isEqualTo(4 + 250 - 2 * 96);
        p.forEach(ByteBuf::release);
    }

    @Test
    void depayloaderReadsSeveralAusInOnePacket() {
        byte[] a = AacCaseTable.au(10, 1);
        byte[] b = AacCaseTable.au(300, 2);
        byte[] c = AacCaseTable.au(7, 3);
        ByteBuf payload = Unpooled.buffer();
        payload.writeShort(48).writeShort(10 << 3).writeShort(300 << 3).writeShort(7 << 3);
        payload.writeBytes(a).writeBytes(b).writeBytes(c);
        List<byte[]> out = new AacDepayloader().depayloadAll(new RtpPacket(97, true, 1, 0, 1, payload));
        assertThat(out).containsExactly(a, b, c);
        payload.release();
    }

    @Test
    void malformedPacketsGiveNothing() {
        AacDepayloader d = new AacDepayloader();
        assertThat(d.depayloadAll(packet(1, true))).isEmpty();                               // 1 byte
        assertThat(d.depayloadAll(packet(2, true, 0, 15))).isEmpty();                        // 15-bit headers
        assertThat(d.depayloadAll(packet(3, true, 0, 16, 0x00, 0x51, 1, 2))).isEmpty();      // AU index 1
        assertThat(d.depayloadAll(packet(4, true, 0, 16, 0x00, 0x50, 1, 2))).isEmpty();      // size 10, 2 bytes, marker
        assertThat(d.depayloadAll(packet(5, true, 0, 64, 0x00, 0x08))).isEmpty();            // headers beyond the packet
        assertThat(d.depayloadAll(packet(6, true, 0, 16, 0x00, 0x10, 9, 9))).containsExactly(new byte[] {9, 9});
    }

    @Test
    void aLostFragmentDropsTheAu() {
        List<ByteBuf> p = new AacPayloader(100).payload(ByteBuffer.wrap(AacCaseTable.au(250, 1)));
        AacDepayloader d = new AacDepayloader();
        assertThat(d.depayloadAll(new RtpPacket(97, false, 10, 0, 1, p.get(0)))).isEmpty();
        // fragment 2 (sequence 11) lost
        assertThat(d.depayloadAll(new RtpPacket(97, true, 12, 0, 1, p.get(2)))).isEmpty();
        p.forEach(ByteBuf::release);
    }

    @Test
    void tooLargeAuIsRefused() {
        assertThatThrownBy(() -> new AacPayloader().payload(ByteBuffer.allocate(AacPayloader.MAX_AU + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void audioSpecificConfigMatchesTheEncodersAndTheReference() {
        assertThat(AudioSpecificConfig.hex(48000, 2)).isEqualTo("1190");
        assertThat(AudioSpecificConfig.hex(44100, 2)).isEqualTo("1210");
        assertThat(AudioSpecificConfig.hex(16000, 1)).isEqualTo("1408");
        assertThat(AudioSpecificConfig.hex(48000, 1)).isEqualTo("1188");
        for (int rate : new int[] {8000, 16000, 48000}) {
            try (AudioEncoder enc = AudioEncoder.open(new AudioEncoderConfig(AudioCodec.AAC_LC, rate, 1, 32))) {
                // FFmpeg's may append a 3-byte SBR sync extension (0x2b7, "no SBR"); the first two agree
                assertThat(enc.extradata()).as("%d Hz", rate).startsWith(AudioSpecificConfig.aacLc(rate, 1));
            }
        }
    }

    private static RtpPacket packet(int seq, boolean marker, int... bytes) {
        ByteBuf b = Unpooled.buffer();
        for (int x : bytes) {
            b.writeByte(x);
        }
        return new RtpPacket(97, marker, seq, 0, 1, b);
    }
}
