package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ptzcam.codec.video.StaticBlockQp.Kind;

class StaticBlockQpTest {

    /** Feeds {@code n} P-frames at {@code qp}, each with the offset asked for. */
    private static void pFrames(StaticBlockQp q, int n, double qp, boolean changed) {
        for (int i = 0; i < n; i++) {
            q.encoded(Kind.P, qp, changed, q.offset(false));
        }
    }

    private static void key(StaticBlockQp q, double qp, boolean changed) {
        q.encoded(Kind.KEY, qp, changed, q.offset(true));
    }

    @Test
    void strengthOffOffsetsNothing() {
        StaticBlockQp q = new StaticBlockQp(0, 23);
        pFrames(q, 50, 10, false);
        assertThat(q.offset(true)).isZero();
        assertThat(q.offset(false)).isZero();
    }

    @Test
    void aMovingSceneGetsTheStrengthAlone() {
        StaticBlockQp q = new StaticBlockQp(9, 23);
        assertThat(q.offset(false)).isEqualTo(9); // nothing encoded yet
        assertThat(q.offset(true)).isEqualTo(9);
        for (int gop = 0; gop < 6; gop++) {
            key(q, 16, true);
            pFrames(q, 31, 20, true);
        }
        assertThat(q.offset(false)).isEqualTo(9);
        assertThat(q.offset(true)).isEqualTo(9);
        // the rate control working harder than the reference (QP above it) never lowers the offset
        pFrames(q, 5, 26, true);
        assertThat(q.offset(false)).isEqualTo(9);
    }

    @Test
    void x264OnAStillSceneGetsItsDriftAddedBack() {
        StaticBlockQp q = new StaticBlockQp(9, 23);
        for (int gop = 0; gop < 6; gop++) {
            key(q, 16, true);
            pFrames(q, 31, 20, true);
        }
        // motion stops: the P-frame QP falls to 13 within a few frames
        pFrames(q, 3, 13, false);
        assertThat(q.offset(false)).isEqualTo(9 + 7);
        pFrames(q, 28, 13, false);
        // x264's key frames follow the P average: the first still one is expected at about 16 − 6
        assertThat(q.offset(true)).isBetween(9 + 5, 9 + 7);
        key(q, 9, false);
        assertThat(q.offset(true)).isEqualTo(9 + 7);
        // one P-frame whose QP jumps back up does not open the static blocks to refinement: were the
        // next one at 21 again, its static blocks would still be coarser than the moving scene's 20 + 9
        q.encoded(Kind.P, 21, false, q.offset(false));
        assertThat(21 + q.offset(false)).isGreaterThan(20 + 9);
        // the references follow only frames in which something changed
        pFrames(q, 100, 13, false);
        key(q, 7, false);
        assertThat(q.offset(false)).isEqualTo(9 + 7);
        assertThat(q.offset(true)).isEqualTo(9 + 9);
    }

    @Test
    void x265OnAStillSceneKeepsItsPFramesFromRefiningTheKeyFrame() {
        StaticBlockQp q = new StaticBlockQp(9, 23);
        for (int gop = 0; gop < 6; gop++) {
            key(q, 25, true);
            pFrames(q, 31, 20, true);
        }
        // x265: key frames stay at 25, P-frames fall to 0 on a still picture
        key(q, 25, false);
        assertThat(q.offset(true)).isEqualTo(9); // no drift in key frames: nothing added
        pFrames(q, 60, 2, false);
        // static blocks stay at the key frame's QP 25 + 9 = 34: 34 − 2
        assertThat(q.offset(false)).isEqualTo(32);
    }

    @Test
    void bFramesAndUnknownQpsAreLeftOutAndTheDriftIsCapped() {
        StaticBlockQp q = new StaticBlockQp(3, 23);
        q.encoded(Kind.OTHER, 5, true, 3);
        q.encoded(Kind.P, Double.NaN, true, 3);
        assertThat(q.offset(false)).isEqualTo(3);
        pFrames(q, 300, 0, false);
        assertThat(q.offset(false)).isEqualTo(3 + 23);
        StaticBlockQp far = new StaticBlockQp(3, 40);
        pFrames(far, 300, 0, false);
        assertThat(far.offset(false)).isEqualTo(3 + StaticBlockQp.MAX_DRIFT);
    }

    @Test
    void withoutAnyReferenceThereIsNoDrift() {
        StaticBlockQp q = new StaticBlockQp(6, -1); // x265 ABR: no CRF
        pFrames(q, 50, 10, false);
        assertThat(q.offset(false)).isEqualTo(6);
        pFrames(q, 50, 20, true);
        pFrames(q, 50, 12, false);
        assertThat(q.offset(false)).isEqualTo(6 + 8);
    }
}
