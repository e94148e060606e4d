package org.ptzcam.device.ptz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AxisMotionTest {
    private static final long S = 1_000_000_000L;
    private static final double A = 500;
    private static final double VMAX = 300;

    @ParameterizedTest(name = "from {0} at {1}°/s to {2}")
    @CsvSource({"0,0,90", "0,0,1", "0,0,-720", "10,300,5", "10,-300,50", "0,250,400", "0,300,0", "-40,-80,-40"})
    void reachesTheTargetExactlyWithinSpeedAndAccelerationBounds(double x0, double v0, double target) {
        AxisMotion start = AxisMotion.moving(x0, v0, 0);
        AxisMotion move = AxisMotion.toPosition(start, 0, target, VMAX, A);
        long end = move.endNanos();
        assertThat(end).isLessThan(20 * S);
        assertThat(move.position(end)).isEqualTo(target);
        assertThat(move.velocity(end)).isZero();
        assertThat(move.movingAt(end)).isFalse();
        long step = S / 1000;
        double prevV = move.velocity(0);
        for (long t = step; t <= end + step; t += step) {
            double v = move.velocity(t);
            assertThat(Math.abs(v)).isLessThanOrEqualTo(Math.max(VMAX, Math.abs(v0)) + 1e-6);
            assertThat(Math.abs(v - prevV) / 1e-3).isLessThanOrEqualTo(A + 1e-3);
            assertThat(Math.abs(move.acceleration(t))).isLessThanOrEqualTo(A);
            prevV = v;
        }
    }

    @Test
    void positionIsContinuousAcrossPhases() {
        AxisMotion move = AxisMotion.toPosition(AxisMotion.rest(0, 0), 0, 200, VMAX, A);
        double prev = 0;
        for (long t = 0; t <= move.endNanos(); t += S / 1000) {
            double x = move.position(t);
            assertThat(x - prev).isBetween(-1e-9, VMAX * 1e-3 + 1e-6);
            prev = x;
        }
    }

    @Test
    void aShortMoveIsATriangleThatNeverReachesFullSpeed() {
        AxisMotion move = AxisMotion.toPosition(AxisMotion.rest(0, 0), 0, 10, VMAX, A);
        // 10° at 500°/s²: peak sqrt(10·500) ≈ 70.7°/s after 0.1414 s, total 0.283 s
        assertThat(move.endNanos() / 1e9).isCloseTo(2 * Math.sqrt(10 / A), within(1e-6));
        assertThat(move.velocity((long) (Math.sqrt(10 / A) * S))).isCloseTo(Math.sqrt(10 * A), within(0.01));
    }

    @Test
    void continuousMotionKeepsItsSpeedAndStopsWithinBrakingDistance() {
        AxisMotion go = AxisMotion.toVelocity(AxisMotion.rest(0, 0), 0, 100, A);
        assertThat(go.endNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(go.velocity(10 * S)).isEqualTo(100);
        AxisMotion stop = AxisMotion.toVelocity(go, 10 * S, 0, A);
        double at = go.position(10 * S);
        assertThat(stop.position(stop.endNanos())).isCloseTo(at + 100 * 100 / (2 * A), within(1e-9));
        assertThat(stop.movingAt(stop.endNanos())).isFalse();
    }
}
