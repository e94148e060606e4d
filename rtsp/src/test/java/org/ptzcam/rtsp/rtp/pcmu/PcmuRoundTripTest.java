package org.ptzcam.rtsp.rtp.pcmu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.rtsp.rtp.EncodedAudio;
import org.ptzcam.rtsp.rtp.RoundTrip;

class PcmuRoundTripTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 160, 1400})
    void samplesGoAsTheyAre(int size) {
        byte[] unit = new byte[size];
        for (int i = 0; i < size; i++) {
            unit[i] = (byte) (0xff - i);
        }
        RoundTrip.Result r = RoundTrip.run(new PcmuPayloader(), new PcmuDepayloader(), unit, 1400);
        assertThat(r.packets()).hasSize(1);
        assertThat(r.packets().get(0).payloadType()).isEqualTo(96); // RoundTrip's stream; the server uses PT 0
        assertThat(r.unit()).isEqualTo(unit);
    }

    @Test
    void realEncoderFramesAreTwentyMillisecondsEach() {
        List<byte[]> frames = EncodedAudio.frames(AudioEncoderConfig.of(AudioCodec.PCMU), 1.0);
        assertThat(frames).allSatisfy(f -> assertThat(f).hasSize(160));
        PcmuDepayloader depay = new PcmuDepayloader();
        for (byte[] f : frames) {
            assertThat(RoundTrip.run(new PcmuPayloader(), depay, f, 1400).unit()).isEqualTo(f);
        }
    }

    @Test
    void aUnitLargerThanOnePacketIsRefused() {
        assertThatThrownBy(() -> new PcmuPayloader(1400).payload(ByteBuffer.allocate(1401)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PcmuPayloader().payload(ByteBuffer.allocate(0))).isEmpty();
    }
}
