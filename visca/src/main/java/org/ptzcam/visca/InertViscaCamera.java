package org.ptzcam.visca;

import java.util.concurrent.CompletableFuture;

/**
 * A camera that takes every command at once and never moves: the VISCA path's warm-up drives it,
 * and benchmarks extend it to measure the protocol path without PTZ mechanics behind it.
 */
public class InertViscaCamera implements ViscaCamera {
    protected static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    @Override
    public void panTiltContinuous(double panSpeed, double tiltSpeed) {
    }

    @Override
    public CompletableFuture<Void> panTiltAbsolute(double pan, double tilt, double panSpeed, double tiltSpeed) {
        return DONE;
    }

    @Override
    public CompletableFuture<Void> panTiltRelative(double pan, double tilt, double panSpeed, double tiltSpeed) {
        return DONE;
    }

    @Override
    public CompletableFuture<Void> home() {
        return DONE;
    }

    @Override
    public CompletableFuture<Void> recalibrate() {
        return DONE;
    }

    @Override
    public void setPanTiltLimit(Corner corner, double panDegrees, double tiltDegrees) {
    }

    @Override
    public void clearPanTiltLimit(Corner corner) {
    }

    @Override
    public void zoomContinuous(double speed) {
    }

    @Override
    public CompletableFuture<Void> zoomAbsolute(double factor) {
        return DONE;
    }

    @Override
    public void focusContinuous(double speed) {
    }

    @Override
    public CompletableFuture<Void> focusAbsolute(double position) {
        return DONE;
    }

    @Override
    public void setAutoFocus(boolean auto) {
    }

    @Override
    public CompletableFuture<Void> focusOnePush() {
        return DONE;
    }

    @Override
    public void presetSet(int number) {
    }

    @Override
    public void presetRemove(int number) {
    }

    @Override
    public CompletableFuture<Void> presetRecall(int number) {
        return DONE;
    }

    @Override
    public void setPower(boolean on) {
    }

    @Override
    public void stopAll() {
    }

    @Override
    public State state() {
        return new State(true, 0, 0, 1, 1, false);
    }
}
