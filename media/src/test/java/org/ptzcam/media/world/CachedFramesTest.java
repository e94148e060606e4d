package org.ptzcam.media.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;

/** Frames painted with the row cache equal frames a fresh world paints for that time alone. */
class CachedFramesTest {

    private static final int W = 480, H = 270;

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static byte[] bytes(YuvFrame f) {
        byte[] out = new byte[f.width() * f.height() * 3 / 2];
        f.y().get(0, out, 0, f.width() * f.height());
        f.u().get(0, out, f.width() * f.height(), f.width() * f.height() / 4);
        f.v().get(0, out, f.width() * f.height() * 5 / 4, f.width() * f.height() / 4);
        return out;
    }

    /** Renders frames 0..n-1 (view and time per frame) with one world; each must equal a fresh world's. */
    private static void assertSequence(long t0, int stepMs, int n, IntFunction<ViewState> view) {
        assertSequence(W, H, t0, stepMs, n, view);
    }

    private static void assertSequence(int w, int h, long t0, int stepMs, int n, IntFunction<ViewState> view) {
        SimulatedWorld cached = new SimulatedWorld(7);
        int changedFrames = 0;
        byte[] before = null;
        for (int i = 0; i < n; i++) {
            long t = t0 + (long) i * stepMs;
            YuvFrame f = YuvFrame.allocate(w, h, 0); // a new buffer each time, as a frame pool hands out
            cached.render(f, view.apply(i), t);
            YuvFrame fresh = YuvFrame.allocate(w, h, 0);
            new SimulatedWorld(7).render(fresh, view.apply(i), t);
            byte[] got = bytes(f);
            assertThat(got).as("frame %d at %s", i, Instant.ofEpochMilli(t)).isEqualTo(bytes(fresh));
            changedFrames += before != null && !java.util.Arrays.equals(got, before) ? 1 : 0;
            before = got;
        }
        assertThat(changedFrames).as("the sequence is not a still picture").isPositive();
    }

    @Test
    void dayStreetAcrossSecondBoundaries() {
        assertSequence(at("2025-06-21T12:00:00.900Z"), 33, 12, i -> ViewState.of(0, -10, 1));
    }

    @Test
    void plazaWithPeopleAndTele() {
        assertSequence(at("2025-06-21T09:30:00Z"), 40, 8, i -> ViewState.of(180, -25, 1));
        assertSequence(at("2025-06-21T15:10:00.500Z"), 200, 8, i -> ViewState.of(90, -5, 30));
    }

    @Test
    void duskWithLampsAndNight() {
        assertSequence(at("2025-06-21T18:20:00.950Z"), 33, 8, i -> ViewState.of(0, -3, 1));
        assertSequence(at("2025-06-21T23:30:00Z"), 300, 8, i -> ViewState.of(180, -20, 1));
    }

    @Test
    void movingViewStoppingAndDefocused() {
        assertSequence(at("2025-06-21T12:00:00Z"), 33, 10, i -> ViewState.of(10 + Math.min(i, 5) * 0.3, -12, 1.5));
        assertSequence(at("2025-06-21T12:00:00Z"), 33, 6, i -> ViewState.of(0, -10, 1).withFocus(i < 3 ? 1 : 0.6));
        assertSequence(at("2025-06-21T06:00:00Z"), 33, 6, i -> ViewState.of(i % 2 == 0 ? 90 : 91, 2, 1 + i));
    }

    @Test
    void fullHdTexturedFacadesBehindTraffic() {
        assertSequence(1920, 1080, at("2025-06-21T12:00:00.800Z"), 33, 8, i -> ViewState.of(0, -6, 4));
        assertSequence(1920, 1080, at("2025-06-21T18:25:00Z"), 33, 4, i -> ViewState.of(45, -10, 6));
    }

    @Test
    void timeGoingBackAndSizeChangingStillPaintsFreshFrames() {
        SimulatedWorld cached = new SimulatedWorld(7);
        ViewState v = ViewState.of(0, -10, 1);
        long noon = at("2025-06-21T12:00:00Z");
        for (long t : new long[] {noon + 500, noon + 100, noon + 500, noon - 86_400_000L}) {
            for (int w : new int[] {W, 320}) {
                YuvFrame f = YuvFrame.allocate(w, 180, 0), fresh = YuvFrame.allocate(w, 180, 0);
                cached.render(f, v, t);
                new SimulatedWorld(7).render(fresh, v, t);
                assertThat(bytes(f)).isEqualTo(bytes(fresh));
            }
        }
    }
}
