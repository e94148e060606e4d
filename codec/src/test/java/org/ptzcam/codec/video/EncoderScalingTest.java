package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Psnr;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;

/** Input frames of another size than the config are scaled by the encoder. */
class EncoderScalingTest {

    @Test
    void encoderScales640x480InputTo320x240() {
        List<EncodedPacket> packets = new ArrayList<>();
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.H264, 320, 240, 30))) {
            for (int i = 0; i < 5; i++) {
                packets.addAll(encoder.encode(TestFrames.moving(640, 480, i)));
            }
            // a capture-mode change mid-stream: the encoder picks a new scaler
            packets.addAll(encoder.encode(TestFrames.moving(1280, 720, 5)));
        }
        List<YuvFrame> decoded = VideoRoundTripTest.decodeAll(VideoCodec.H264, packets);
        assertThat(decoded).hasSize(6).allSatisfy(f -> {
            assertThat(f.width()).isEqualTo(320);
            assertThat(f.height()).isEqualTo(240);
        });
        for (int i = 0; i < 5; i++) {
            assertThat(Psnr.of(decoded.get(i), TestFrames.moving(320, 240, i))).isGreaterThan(30);
        }
    }
}
