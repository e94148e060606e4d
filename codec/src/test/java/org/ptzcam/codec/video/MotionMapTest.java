package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class MotionMapTest {

    private static final int W = 96;
    private static final int H = 64;

    private static ByteBuffer picture(int squareX) {
        ByteBuffer b = ByteBuffer.allocate(W * H);
        for (int i = 0; i < W * H; i++) {
            b.put(i, (byte) (60 + (i * 31 % 17)));
        }
        for (int y = 16; y < 32; y++) {
            for (int x = squareX; x < squareX + 16; x++) {
                b.put(y * W + x, (byte) 230);
            }
        }
        return b;
    }

    @Test
    void firstPictureIsAllChangedThenIdenticalPicturesAreStatic() {
        MotionMap m = new MotionMap(W, H, 3);
        assertThat(m.columns()).isEqualTo(6);
        assertThat(m.rows()).isEqualTo(4);
        assertThat(m.update(picture(0), W)).isEqualTo(24);
        assertThat(m.update(picture(0), W)).isZero();
        assertThat(m.update(picture(0), W)).isZero();
        assertThat(m.activeBlocks()).isEqualTo(24); // still within the hangover
        m.update(picture(0), W);
        assertThat(m.activeBlocks()).isZero();
    }

    @Test
    void aMovingSquareActivatesItsBlocksAndTheirNeighboursOnly() {
        MotionMap m = new MotionMap(W, H, 1);
        m.update(picture(16), W);
        m.update(picture(16), W);
        assertThat(m.update(picture(48), W)).isEqualTo(2); // left block 1, entered block 3 (row 1)
        assertThat(m.active(1, 1)).isTrue();
        assertThat(m.active(3, 1)).isTrue();
        assertThat(m.active(0, 0)).isTrue(); // neighbour of (1,1)
        assertThat(m.active(5, 3)).isFalse();
        assertThat(m.active(5, 1)).isFalse();
        assertThat(m.activeBlocks()).isEqualTo(15); // columns 0..4 of rows 0..2
    }

    @Test
    void smallChangesBelowTheThresholdAreNotMotion() {
        MotionMap m = new MotionMap(W, H, 1);
        ByteBuffer a = picture(0);
        m.update(a, W);
        ByteBuffer b = picture(0);
        for (int i = 0; i < W * H; i += 2) {
            b.put(i, (byte) ((b.get(i) & 0xff) + 2)); // +-2 grain on the sampled pixels
        }
        assertThat(m.update(b, W)).isZero();
    }

    @Test
    void strideWiderThanTheWidthIsHonoured() {
        int stride = 128;
        ByteBuffer padded = ByteBuffer.allocate(stride * H);
        MotionMap m = new MotionMap(W, H, 1);
        m.update(padded, stride);
        for (int y = 0; y < H; y++) {
            for (int x = W; x < stride; x++) {
                padded.put(y * stride + x, (byte) 255); // padding changes: not a picture change
            }
        }
        assertThat(m.update(padded, stride)).isZero();
    }
}
