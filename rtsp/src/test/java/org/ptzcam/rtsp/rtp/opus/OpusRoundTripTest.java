package org.ptzcam.rtsp.rtp.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.rtsp.rtp.EncodedAudio;
import org.ptzcam.rtsp.rtp.RoundTrip;
import org.ptzcam.rtsp.rtp.RtpPacket;

class OpusRoundTripTest {

    /** Opus packet sizes: the TOC-only DTX frame, typical, and the largest RFC 6716 packet. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 80, 1275, OpusPayloader.MAX_PACKET})
    void onePacketPerOpusPacket(int size) {
        byte[] unit = new byte[size];
        for (int i = 0; i < size; i++) {
            unit[i] = (byte) (i ^ 0x5a);
        }
        RoundTrip.Result r = RoundTrip.run(new OpusPayloader(), new OpusDepayloader(), unit, OpusPayloader.MAX_PACKET);
        assertThat(r.packets()).hasSize(1);
        assertThat(r.unit()).isEqualTo(unit);
    }

    @Test
    void realEncoderPacketsSurviveTheRoundTrip() {
        List<byte[]> frames = EncodedAudio.frames(new AudioEncoderConfig(AudioCodec.OPUS, 48000, 2, 64), 1.0);
        assertThat(frames).hasSizeGreaterThanOrEqualTo(49);
        OpusDepayloader depay = new OpusDepayloader();
        for (byte[] f : frames) {
            assertThat(RoundTrip.run(new OpusPayloader(), depay, f, 1400).unit()).isEqualTo(f);
        }
    }

    @Test
    void emptyAndOversizedAreNotOpus() {
        assertThat(new OpusPayloader().payload(ByteBuffer.allocate(0))).isEmpty();
        assertThatThrownBy(() -> new OpusPayloader().payload(ByteBuffer.allocate(OpusPayloader.MAX_PACKET + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new OpusDepayloader().depayload(new RtpPacket(97, false, 1, 0, 1, Unpooled.EMPTY_BUFFER))).isEmpty();
    }

    @Test
    void onlyTheStreamsFirstPacketIsMarked() {
        var stream = new org.ptzcam.rtsp.rtp.RtpStream(new OpusPayloader(), 97, new java.util.Random(2));
        assertThat(stream.packetize(ByteBuffer.wrap(new byte[] {1, 2}), 0).get(0).marker()).isTrue();
        assertThat(stream.packetize(ByteBuffer.wrap(new byte[] {1, 2}), 960).get(0).marker()).isFalse();
    }
}
