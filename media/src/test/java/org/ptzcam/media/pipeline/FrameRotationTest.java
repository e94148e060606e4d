package org.ptzcam.media.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptzcam.codec.YuvFrame;

class FrameRotationTest {

    /** Every pixel of every plane lands where a clockwise turn puts it (sizes not multiples of the tile). */
    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void everyPixelLandsWhereTheTurnPutsIt(int degrees) {
        int w = 70, h = 38;
        YuvFrame src = YuvFrame.allocate(w, h, 0);
        for (int i = 0; i < w * h; i++) {
            src.y().put(i, (byte) (i * 7));
        }
        for (int i = 0; i < w * h / 4; i++) {
            src.u().put(i, (byte) (i * 3));
            src.v().put(i, (byte) (i * 5 + 1));
        }
        YuvFrame dst = YuvFrame.allocate(FrameRotation.rotatedWidth(w, h, degrees),
                FrameRotation.rotatedHeight(w, h, degrees), 0);
        FrameRotation.rotate(src, degrees, dst);
        check(src.y(), dst.y(), w, h, degrees);
        check(src.u(), dst.u(), w / 2, h / 2, degrees);
        check(src.v(), dst.v(), w / 2, h / 2, degrees);
    }

    private static void check(java.nio.ByteBuffer in, java.nio.ByteBuffer out, int w, int h, int degrees) {
        int outW = degrees == 180 ? w : h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int ox = switch (degrees) {
                    case 90 -> h - 1 - y;
                    case 180 -> w - 1 - x;
                    default -> y;
                };
                int oy = switch (degrees) {
                    case 90 -> x;
                    case 180 -> h - 1 - y;
                    default -> w - 1 - x;
                };
                assertThat(out.get(oy * outW + ox)).as("(%d,%d)", x, y).isEqualTo(in.get(y * w + x));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 45, 360})
    void onlyQuarterTurns(int degrees) {
        YuvFrame f = YuvFrame.allocate(16, 16, 0);
        assertThatThrownBy(() -> FrameRotation.rotate(f, degrees, f)).hasMessageContaining("90, 180 or 270");
    }
}
