package org.ptzcam.media.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The run-length shortcuts must agree with evaluating every pixel. */
class GroundStepsTest {

    @Test
    void leavingACellMatchesStepping() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            int x = rnd.nextInt(-1 << 30, 1 << 30), dx = rnd.nextInt(-1 << 22, 1 << 22), shift = 23;
            int steps = GroundSteps.toLeaveCell(x, dx, shift);
            if (dx == 0) {
                assertThat(steps).isEqualTo(GroundSteps.NEVER);
                continue;
            }
            int cell = x >> shift;
            assertThat((int) (((long) x + (long) (steps - 1) * dx) >> shift)).isEqualTo(cell);
            assertThat((int) (((long) x + (long) steps * dx) >> shift)).isNotEqualTo(cell);
        }
    }

    @Test
    void jointEdgesMatchStepping() {
        SplittableRandom rnd = new SplittableRandom(2);
        int mask = (1 << 22) - 1, width = 14 << 12;
        for (int i = 0; i < 20_000; i++) {
            int x = rnd.nextInt(-1 << 29, 1 << 29), dx = rnd.nextInt(-1 << 18, 1 << 18);
            if (dx == 0) {
                continue;
            }
            int steps = GroundSteps.toJointEdge(x, dx, mask, width);
            boolean in = (x & mask) < width;
            for (long s : new long[] {0, steps / 3, steps / 2, steps - 1}) { // the state holds up to the edge
                assertThat((((long) x + s * dx) & mask) < width).isEqualTo(in);
            }
            long after = (long) x + (long) steps * dx;
            // at the edge the state flips, unless one step is wider than the joint and leaps over it
            if (Math.abs(dx) < width) {
                assertThat((after & mask) < width).isNotEqualTo(in);
            }
        }
    }
}
