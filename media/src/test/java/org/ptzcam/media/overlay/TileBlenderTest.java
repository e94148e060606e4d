package org.ptzcam.media.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ptzcam.codec.YuvFrame;

class TileBlenderTest {

    private static final int RED = 0xFFFF0000;

    private static OverlayTile solid(int w, int h, int argb) {
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, argb);
        return OverlayTile.of(px, w, h);
    }

    @Test
    void anOpaqueTileReplacesExactlyItsRegion() {
        YuvFrame frame = Frames.flat(64, 32, 100, 128, 128);
        YuvFrame before = Frames.copy(frame);
        TileBlender.blend(solid(20, 10, RED), frame, 10, 4);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                boolean inside = x >= 10 && x < 30 && y >= 4 && y < 14;
                assertThat(Frames.y(frame, x, y)).as("Y at %d,%d", x, y).isEqualTo(inside ? 76 : 100);
                assertThat(Frames.u(frame, x, y)).isEqualTo(inside ? 85 : 128);
                assertThat(Frames.v(frame, x, y)).isEqualTo(inside ? 255 : 128);
            }
        }
        int[] box = Frames.changed(before, frame);
        assertThat(box).containsExactly(10, 4, 29, 13, 200);
    }

    @Test
    void halfAlphaMixesSourceAndFrameOnAllPlanes() {
        YuvFrame frame = Frames.flat(32, 32, 200, 100, 150);
        // white at alpha 128: Y 255, U = V = 128
        TileBlender.blend(solid(8, 8, 0x80FFFFFF), frame, 4, 4);
        double a = 128 / 255.0;
        assertThat(Frames.y(frame, 5, 5)).isCloseTo((int) Math.round(255 * a + 200 * (1 - a)), org.assertj.core.data.Offset.offset(1));
        assertThat(Frames.u(frame, 5, 5)).isCloseTo((int) Math.round(128 * a + 100 * (1 - a)), org.assertj.core.data.Offset.offset(1));
        assertThat(Frames.v(frame, 5, 5)).isCloseTo((int) Math.round(128 * a + 150 * (1 - a)), org.assertj.core.data.Offset.offset(1));
        assertThat(Frames.y(frame, 3, 5)).isEqualTo(200);
        assertThat(Frames.u(frame, 2, 5)).isEqualTo(100);
    }

    @Test
    void transparentPixelsAndFrameEdgesAreSafe() {
        YuvFrame frame = Frames.flat(16, 16, 50, 128, 128);
        YuvFrame before = Frames.copy(frame);
        TileBlender.blend(solid(8, 8, 0x00FFFFFF), frame, 2, 2);
        assertThat(Frames.changed(before, frame)[4]).isZero();
        // partly outside on every side: clipped, no exception
        TileBlender.blend(solid(40, 40, RED), frame, -12, -12);
        TileBlender.blend(solid(8, 8, RED), frame, 12, 12);
        TileBlender.blend(solid(8, 8, RED), frame, 100, 100);
        assertThat(Frames.y(frame, 0, 0)).isEqualTo(76);
        assertThat(Frames.y(frame, 15, 15)).isEqualTo(76);
    }

    @Test
    void mixIsExactRounding() {
        for (int a = 0; a < 256; a += 5) {
            for (int s = 0; s < 256; s += 17) {
                for (int d = 0; d < 256; d += 13) {
                    assertThat(TileBlender.mix(s, d, a)).isEqualTo((int) Math.round((s * a + d * (255.0 - a)) / 255));
                }
            }
        }
    }
}
