package org.ptzcam.codec.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ptzcam.codec.Psnr;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.scale.FrameScaler.Filter;

class FrameScalerTest {

    @Test
    void downscalesToTheRequestedSizeKeepingContent() {
        YuvFrame big = TestFrames.moving(640, 480, 7);
        try (FrameScaler scaler = new FrameScaler(640, 480, 320, 240, Filter.BILINEAR)) {
            YuvFrame small = scaler.scale(big);
            assertThat(small.width()).isEqualTo(320);
            assertThat(small.height()).isEqualTo(240);
            assertThat(small.captureNanos()).isEqualTo(big.captureNanos());
            // the pattern is resolution independent: scaled 640x480 ~ rendered 320x240
            assertThat(Psnr.of(small, TestFrames.moving(320, 240, 7))).isGreaterThan(35);
        }
    }

    @Test
    void upscalesBicubicIntoACallerFrame() {
        YuvFrame small = TestFrames.moving(320, 240, 3);
        YuvFrame big = YuvFrame.allocate(640, 480, 0);
        try (FrameScaler scaler = new FrameScaler(320, 240, 640, 480, Filter.BICUBIC)) {
            scaler.scale(small, big);
        }
        assertThat(Psnr.of(big, TestFrames.moving(640, 480, 3))).isGreaterThan(30);
    }

    @Test
    void rejectsFramesOfAnotherSize() {
        try (FrameScaler scaler = new FrameScaler(640, 480, 320, 240, Filter.BILINEAR)) {
            assertThatThrownBy(() -> scaler.scale(TestFrames.moving(320, 240, 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("640x480");
        }
    }

    @Test
    void closeIsIdempotentAndFinal() {
        FrameScaler scaler = new FrameScaler(64, 48, 32, 24, Filter.BILINEAR);
        scaler.close();
        scaler.close();
        assertThatThrownBy(() -> scaler.scale(TestFrames.moving(64, 48, 0))).isInstanceOf(IllegalStateException.class);
    }
}
