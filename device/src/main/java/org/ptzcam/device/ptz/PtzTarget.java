package org.ptzcam.device.ptz;

import java.util.OptionalDouble;

/**
 * An absolute position to move to; an empty axis keeps its current motion.
 *
 * @param panDeg   bearing, any value (wrapped); reached the short way round unless pan is limited
 * @param tiltDeg  degrees
 * @param zoomStep steps 1…9999
 */
public record PtzTarget(OptionalDouble panDeg, OptionalDouble tiltDeg, OptionalDouble zoomStep) {
    public static PtzTarget of(double panDeg, double tiltDeg, double zoomStep) {
        return new PtzTarget(OptionalDouble.of(panDeg), OptionalDouble.of(tiltDeg), OptionalDouble.of(zoomStep));
    }

    public static PtzTarget panTilt(double panDeg, double tiltDeg) {
        return new PtzTarget(OptionalDouble.of(panDeg), OptionalDouble.of(tiltDeg), OptionalDouble.empty());
    }

    public static PtzTarget zoom(double zoomStep) {
        return new PtzTarget(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(zoomStep));
    }

    public boolean isEmpty() {
        return panDeg.isEmpty() && tiltDeg.isEmpty() && zoomStep.isEmpty();
    }
}
