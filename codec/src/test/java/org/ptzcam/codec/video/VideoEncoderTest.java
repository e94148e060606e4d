package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;

class VideoEncoderTest {

    @Test
    void mjpegPacketsAreCompleteBaselineJpegs() {
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.MJPEG, 320, 240, 30))) {
            byte[] jpeg = encoder.encode(TestFrames.moving(320, 240, 0)).get(0).data();
            assertThat(jpeg).startsWith(0xff, 0xd8).endsWith(0xff, 0xd9);
            assertThat(indexOfMarker(jpeg, 0xc0)).as("SOF0, baseline DCT").isPositive();
            assertThat(indexOfMarker(jpeg, 0xc2)).as("no progressive SOF2").isNegative();
        }
    }

    @Test
    void timestampsStayStrictlyIncreasingWhenCaptureTimesRepeat() {
        List<EncodedPacket> packets = new ArrayList<>();
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.H264, 320, 240, 30))) {
            YuvFrame frame = TestFrames.moving(320, 240, 1);
            for (int i = 0; i < 3; i++) {
                packets.addAll(encoder.encode(frame));
            }
        }
        assertThat(packets).extracting(EncodedPacket::pts).containsExactly(3000L, 3001L, 3002L);
    }

    @Test
    void encodeAfterFlushOrCloseFailsAndCloseIsIdempotent() {
        VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.H264, 320, 240, 30));
        encoder.encode(TestFrames.moving(320, 240, 0));
        encoder.flush();
        assertThatThrownBy(() -> encoder.encode(TestFrames.moving(320, 240, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("flushed");
        encoder.close();
        encoder.close();
        assertThatThrownBy(() -> encoder.encode(TestFrames.moving(320, 240, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @ParameterizedTest
    @EnumSource(VideoCodec.class)
    void theInputFrameIsReusedNotReallocated(VideoCodec codec) {
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(codec, 320, 240, 30))) {
            long address = encoder.inputAddress();
            for (int i = 0; i < 5; i++) {
                encoder.encode(TestFrames.moving(320, 240, i));
                assertThat(encoder.inputAddress()).as("after frame %d", i).isEqualTo(address);
            }
        }
    }

    @Test
    void manyOpenCloseCyclesDoNotLeak() {
        // a leak of AVCodecContext or frames would grow the native heap by megabytes here
        long before = org.bytedeco.javacpp.Pointer.physicalBytes();
        for (int i = 0; i < 30; i++) {
            try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.MJPEG, 640, 480, 30), 1)) {
                encoder.encode(TestFrames.moving(320, 240, i));
            }
        }
        long grown = org.bytedeco.javacpp.Pointer.physicalBytes() - before;
        assertThat(grown).isLessThan(40L << 20);
    }

    private static int indexOfMarker(byte[] jpeg, int marker) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == marker) {
                return i;
            }
        }
        return -1;
    }
}
