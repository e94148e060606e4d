package org.ptzcam.media.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ptzcam.codec.YuvFrame;

class DefocusTest {

    private static YuvFrame checkerboard() {
        YuvFrame f = YuvFrame.allocate(320, 180, 0);
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 320; x++) {
                f.y().put(y * 320 + x, (byte) (((x / 4 + y / 4) & 1) == 0 ? 30 : 220));
            }
        }
        return f;
    }

    private static double contrast(YuvFrame f) {
        double sum = 0;
        for (int i = 1; i < 320 * 180; i++) {
            sum += Math.abs((f.y().get(i) & 255) - (f.y().get(i - 1) & 255));
        }
        return sum;
    }

    @Test
    void inFocusLeavesTheFrameAlone() {
        YuvFrame f = checkerboard();
        double before = contrast(f);
        Defocus.apply(f, 1);
        assertThat(contrast(f)).isEqualTo(before);
    }

    @Test
    void lessFocusBlursMore() {
        YuvFrame half = checkerboard(), none = checkerboard();
        double sharp = contrast(half);
        Defocus.apply(half, 0.5);
        Defocus.apply(none, 0);
        assertThat(contrast(half)).isLessThan(sharp / 2);
        assertThat(contrast(none)).isLessThan(contrast(half));
        assertThat(Defocus.radius(0, 1920)).isEqualTo(12);
    }
}
