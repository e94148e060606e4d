package org.ptzcam.bench.visca;

import java.util.concurrent.CompletableFuture;
import org.ptzcam.visca.InertViscaCamera;

/**
 * A camera that takes every command at once and never moves, but remembers where it was told to
 * be, so inquiries answer what the commands set: the benchmark measures the VISCA path (UDP,
 * framing, decoding, engine, reply), not the PTZ mechanics behind it.
 */
final class StillCamera extends InertViscaCamera {
    private volatile double pan;
    private volatile double tilt;
    private volatile double zoom = 1;
    private volatile double focus = 1;
    private volatile boolean autoFocus = true;
    private volatile boolean power = true;

    @Override
    public CompletableFuture<Void> panTiltAbsolute(double panDegrees, double tiltDegrees, double panSpeed, double tiltSpeed) {
        pan = panDegrees;
        tilt = tiltDegrees;
        return DONE;
    }

    @Override
    public CompletableFuture<Void> panTiltRelative(double panDelta, double tiltDelta, double panSpeed, double tiltSpeed) {
        return panTiltAbsolute(pan + panDelta, tilt + tiltDelta, panSpeed, tiltSpeed);
    }

    @Override
    public CompletableFuture<Void> home() {
        return panTiltAbsolute(0, 0, 1, 1);
    }

    @Override
    public CompletableFuture<Void> zoomAbsolute(double factor) {
        zoom = factor;
        return DONE;
    }

    @Override
    public CompletableFuture<Void> focusAbsolute(double position) {
        focus = position;
        return DONE;
    }

    @Override
    public void setAutoFocus(boolean auto) {
        autoFocus = auto;
    }

    @Override
    public void setPower(boolean on) {
        power = on;
    }

    @Override
    public State state() {
        return new State(power, pan, tilt, zoom, focus, autoFocus);
    }
}
