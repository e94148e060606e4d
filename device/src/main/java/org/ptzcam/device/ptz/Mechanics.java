package org.ptzcam.device.ptz;

/**
 * Speeds and accelerations of the simulated head, those of a broadcast PTZ head: pan 300°/s,
 * tilt 200°/s, both accelerating at 500°/s² (full speed in 0.6 s / 0.4 s); zoom wide→tele in 2 s;
 * focus near→far in 1 s. Zoom and focus are in steps (1…9999, see {@link ZoomLaw}).
 *
 * @param panMaxDegPerS     fastest pan
 * @param tiltMaxDegPerS    fastest tilt
 * @param panAccel          pan acceleration and braking, °/s²
 * @param tiltAccel         tilt acceleration and braking, °/s²
 * @param zoomMaxStepsPerS  fastest zoom
 * @param zoomAccel         zoom acceleration, steps/s²
 * @param focusMaxStepsPerS fastest focus drive
 * @param focusAccel        focus acceleration, steps/s²
 */
public record Mechanics(double panMaxDegPerS, double tiltMaxDegPerS, double panAccel, double tiltAccel,
        double zoomMaxStepsPerS, double zoomAccel, double focusMaxStepsPerS, double focusAccel) {

    public static final Mechanics BROADCAST_HEAD = new Mechanics(300, 200, 500, 500,
            (ZoomLaw.MAX_STEP - ZoomLaw.MIN_STEP) / 2.0, 50_000,
            (ZoomLaw.MAX_STEP - ZoomLaw.MIN_STEP) / 1.0, 100_000);

    public Mechanics {
        for (double v : new double[] {panMaxDegPerS, tiltMaxDegPerS, panAccel, tiltAccel, zoomMaxStepsPerS, zoomAccel,
                focusMaxStepsPerS, focusAccel}) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("speeds and accelerations must be positive: " + v);
            }
        }
    }
}
