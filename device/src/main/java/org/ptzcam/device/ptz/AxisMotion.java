package org.ptzcam.device.ptz;

/**
 * The motion of one axis, planned once when a command arrives and evaluated at any later time:
 * phases of constant acceleration from a start state, then rest at an exact end position (position
 * moves, stops) or a constant velocity (continuous moves). Immutable; costs nothing while idle.
 */
final class AxisMotion {
    private static final double NANOS = 1e9;

    private final long startNanos;
    private final double x0;
    private final double v0;
    private final double[] durations;
    private final double[] accels;
    private final double endVelocity;
    /** Exact resting position after the phases, or NaN when the axis keeps {@link #endVelocity}. */
    private final double restAt;
    private final double totalSeconds;

    private AxisMotion(long startNanos, double x0, double v0, double[] durations, double[] accels, double restAt) {
        this.startNanos = startNanos;
        this.x0 = x0;
        this.v0 = v0;
        this.durations = durations;
        this.accels = accels;
        this.restAt = restAt;
        double v = v0;
        double total = 0;
        for (int i = 0; i < durations.length; i++) {
            v += accels[i] * durations[i];
            total += durations[i];
        }
        this.endVelocity = Double.isNaN(restAt) ? v : 0;
        this.totalSeconds = total;
    }

    static AxisMotion rest(double x, long nowNanos) {
        return new AxisMotion(nowNanos, x, 0, new double[0], new double[0], x);
    }

    /** Moving steadily at {@code velocity} from {@code x} (a test's or a restored state). */
    static AxisMotion moving(double x, double velocity, long nowNanos) {
        return new AxisMotion(nowNanos, x, velocity, new double[0], new double[0], Double.NaN);
    }

    /** Ramps at {@code accel} from the current state to {@code velocity}, then keeps it (0 = stop). */
    static AxisMotion toVelocity(AxisMotion from, long now, double velocity, double accel) {
        double x = from.position(now);
        double v = from.velocity(now);
        double dur = Math.abs(velocity - v) / accel;
        double a = Math.signum(velocity - v) * accel;
        if (velocity == 0) {
            return new AxisMotion(now, x, v, new double[] {dur}, new double[] {a}, x + v * dur + 0.5 * a * dur * dur);
        }
        return new AxisMotion(now, x, v, new double[] {dur}, new double[] {a}, Double.NaN);
    }

    /**
     * Travels to {@code target} and rests there exactly: brakes first if moving away or too fast to
     * stop in time, then a trapezoid (or triangle) with at most {@code maxSpeed} and {@code accel}.
     */
    static AxisMotion toPosition(AxisMotion from, long now, double target, double maxSpeed, double accel) {
        double x = from.position(now);
        double v = from.velocity(now);
        double[] durations = new double[4];
        double[] accels = new double[4];
        int n = 0;
        double s = Math.signum(target - x);
        double u = v * s; // speed along the way to the target
        double d = Math.abs(target - x);
        if (v != 0 && (s == 0 || u < 0 || u * u / (2 * accel) > d + 1e-12)) {
            // brake to rest first; the rest of the trip starts where the brake ends
            double dur = Math.abs(v) / accel;
            durations[n] = dur;
            accels[n++] = -Math.signum(v) * accel;
            double stopAt = x + v * dur / 2;
            s = Math.signum(target - stopAt);
            d = Math.abs(target - stopAt);
            u = 0;
        }
        if (d > 0) {
            double peak = Math.min(maxSpeed, Math.sqrt((2 * accel * d + u * u) / 2));
            if (u > maxSpeed) {
                peak = maxSpeed;
            }
            double brake = peak * peak / (2 * accel);
            // distance of the first ramp, whether it speeds up or slows down to the peak
            double cruise = Math.max(0, d - Math.abs(peak * peak - u * u) / (2 * accel) - brake);
            if (peak != u) {
                durations[n] = Math.abs(peak - u) / accel;
                accels[n++] = Math.signum(peak - u) * s * accel;
            }
            if (cruise > 0 && peak > 0) {
                durations[n] = cruise / peak;
                accels[n++] = 0;
            }
            durations[n] = peak / accel;
            accels[n++] = -s * accel;
        }
        return new AxisMotion(now, x, v, java.util.Arrays.copyOf(durations, n), java.util.Arrays.copyOf(accels, n),
                target);
    }

    /** The same motion moved by {@code dx} (pan: whole turns, to rebase an endless axis). */
    AxisMotion shifted(double dx) {
        return new AxisMotion(startNanos, x0 + dx, v0, durations, accels, restAt + dx);
    }

    double position(long now) {
        double t = Math.max(0, (now - startNanos) / NANOS);
        if (!Double.isNaN(restAt) && t >= totalSeconds) {
            return restAt;
        }
        double x = x0;
        double v = v0;
        for (int i = 0; i < durations.length && t > 0; i++) {
            double dt = Math.min(t, durations[i]);
            x += v * dt + 0.5 * accels[i] * dt * dt;
            v += accels[i] * dt;
            t -= dt;
        }
        return x + v * Math.max(0, t);
    }

    double velocity(long now) {
        double t = Math.max(0, (now - startNanos) / NANOS);
        if (t >= totalSeconds) {
            return endVelocity;
        }
        double v = v0;
        for (int i = 0; i < durations.length && t > 0; i++) {
            double dt = Math.min(t, durations[i]);
            v += accels[i] * dt;
            t -= dt;
        }
        return v;
    }

    /** Acceleration at a time (0 after the phases), for tests of the mechanical bounds. */
    double acceleration(long now) {
        double t = (now - startNanos) / NANOS;
        for (int i = 0; i < durations.length; i++) {
            if (t < durations[i]) {
                return accels[i];
            }
            t -= durations[i];
        }
        return 0;
    }

    boolean movingAt(long now) {
        return now < endNanos();
    }

    /** When the axis comes to rest, or {@link Long#MAX_VALUE} while it keeps a velocity. */
    long endNanos() {
        if (Double.isNaN(restAt) && endVelocity != 0) {
            return Long.MAX_VALUE;
        }
        return startNanos + (long) Math.ceil(totalSeconds * NANOS);
    }

    /** Whether this plan ends at rest (a position move or a stop) rather than moving on. */
    boolean endsAtRest() {
        return !Double.isNaN(restAt) || endVelocity == 0;
    }
}
