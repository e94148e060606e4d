package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Psnr;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;

/** Every video codec: encode a moving 320x240 pattern, decode it with our decoder, compare. */
class VideoRoundTripTest {

    private static final int W = 320;
    private static final int H = 240;
    private static final int FRAMES = 20;

    @ParameterizedTest
    @EnumSource(VideoCodec.class)
    void decodedFramesMatchTheInput(VideoCodec codec) {
        List<YuvFrame> input = new ArrayList<>();
        List<EncodedPacket> packets = new ArrayList<>();
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(codec, W, H, 30).withGopLength(10))) {
            for (int i = 0; i < FRAMES; i++) {
                YuvFrame frame = TestFrames.moving(W, H, i);
                input.add(frame);
                List<EncodedPacket> out = encoder.encode(frame);
                assertThat(out).as("zero latency: one packet per frame").hasSize(1);
                packets.addAll(out);
            }
            assertThat(encoder.flush()).isEmpty();
        }

        assertThat(packets.get(0).keyframe()).isTrue();
        assertThat(packets).allSatisfy(p -> assertThat(p.codec()).isEqualTo(codec));
        assertThat(packets).extracting(EncodedPacket::pts)
                .containsExactlyElementsOf(input.stream().map(f -> f.captureNanos() * 9 / 100_000).toList());

        List<YuvFrame> decoded = decodeAll(codec, packets);
        assertThat(decoded).hasSize(FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            YuvFrame d = decoded.get(i);
            assertThat(d.width()).isEqualTo(W);
            assertThat(d.height()).isEqualTo(H);
            assertThat(Psnr.of(input.get(i), d)).as("PSNR of frame %d", i).isGreaterThan(30);
            assertThat(d.captureNanos() * 9 / 100_000).isEqualTo(packets.get(i).pts());
        }
    }

    @ParameterizedTest
    @EnumSource(value = VideoCodec.class, names = {"H264", "H265", "AV1"})
    void keyframesEveryGopAndOnRequest(VideoCodec codec) {
        List<Integer> keyframes = new ArrayList<>();
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(codec, W, H, 30).withGopLength(10))) {
            for (int i = 0; i < 25; i++) {
                if (i == 13) {
                    encoder.forceKeyframe();
                }
                for (EncodedPacket p : encoder.encode(TestFrames.moving(W, H, i))) {
                    if (p.keyframe()) {
                        keyframes.add(i);
                    }
                }
            }
        }
        // the forced key frame restarts the GOP
        assertThat(keyframes).containsExactly(0, 10, 13, 23);
    }

    @ParameterizedTest
    @EnumSource(VideoCodec.class)
    void everyPacketOfAllIntraGopIsKey(VideoCodec codec) {
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(codec, W, H, 30).withGopLength(1))) {
            for (int i = 0; i < 3; i++) {
                assertThat(encoder.encode(TestFrames.moving(W, H, i))).singleElement()
                        .satisfies(p -> assertThat(p.keyframe()).isTrue());
            }
        }
    }

    static List<YuvFrame> decodeAll(VideoCodec codec, List<EncodedPacket> packets) {
        List<YuvFrame> decoded = new ArrayList<>();
        try (VideoDecoder decoder = VideoDecoder.open(codec)) {
            for (EncodedPacket p : packets) {
                decoded.addAll(decoder.decode(p));
            }
            decoded.addAll(decoder.flush());
        }
        return decoded;
    }
}
