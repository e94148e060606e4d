package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticBlockQpTest {

    /** Feeds {@code n} P-frames at {@code qp}. */
    private static void pFrames(StaticBlockQp q, int n, double qp, boolean changed) {
        for (int i = 0; i < n; i++) {
            q.encoded(true, qp, changed);
        }
    }

    @Test
    void strengthOffOffsetsNothing() {
        StaticBlockQp q = new StaticBlockQp(0, 23);
        pFrames(q, 50, 10, false);
        assertThat(q.offset(true)).isZero();
        assertThat(q.offset(false)).isZero();
    }

    @Test
    void movingSceneGetsTheStrengthAlone() {
        StaticBlockQp q = new StaticBlockQp(9, 23);
        assertThat(q.offset(false)).isEqualTo(9); // nothing encoded yet
        pFrames(q, 200, 20, true);
        assertThat(q.offset(false)).isEqualTo(9);
        assertThat(q.offset(true)).isEqualTo(9);
        // the rate control working harder than the reference (QP above it) never lowers the offset
        pFrames(q, 5, 26, true);
        assertThat(q.offset(false)).isEqualTo(9);
    }

    @Test
    void aStillSceneGetsTheDriftOfTheRateControlAddedBack() {
        StaticBlockQp q = new StaticBlockQp(9, 23);
        pFrames(q, 200, 20, true);
        // motion stops: x264's P-frame QP falls to 13 within a few frames
        pFrames(q, 3, 13, false);
        assertThat(q.offset(false)).isEqualTo(9 + 7);
        // the key frame follows the running P average, which lags behind
        assertThat(q.offset(true)).isBetween(9 + 1, 9 + 6);
        pFrames(q, 100, 13, false);
        assertThat(q.offset(true)).isEqualTo(9 + 7);
        // one P-frame jumping back up does not open the static blocks to refinement
        q.encoded(true, 21, false);
        assertThat(q.offset(false)).isGreaterThanOrEqualTo(9 + 6);
        // the reference does not follow frames in which nothing changed
        pFrames(q, 100, 13, false);
        assertThat(q.offset(false)).isEqualTo(9 + 7);
    }

    @Test
    void keyAndBFramesAndUnknownQpsAreLeftOutAndTheDriftIsCapped() {
        StaticBlockQp q = new StaticBlockQp(3, 23);
        q.encoded(false, 5, true); // a key frame (or B-frame)
        q.encoded(true, -1, true);
        assertThat(q.offset(false)).isEqualTo(3);
        pFrames(q, 300, 0, false); // x265 falls to QP 0 on a still picture
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
