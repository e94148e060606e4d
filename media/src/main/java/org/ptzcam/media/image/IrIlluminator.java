package org.ptzcam.media.image;

import org.ptzcam.media.view.Projection;
import org.ptzcam.media.view.ViewState;

/**
 * IR LEDs next to the lens. Their light on a surface falls off as 1/d² with the slant distance d
 * from the camera; reflected back it adds to the (dim) scene light, so a surface seen by a row
 * brightens by {@code 1 + E_ir(d) / E_scene}. The distance of a row is that of the ground it sees
 * from the camera height (rows are parallel to the horizon: no roll): rows looking steeply down see
 * close ground and light up, rows near or above the horizon get almost nothing. The factor
 * multiplies everything in the row, lamp-lit surfaces too, so at high intensity near bright surfaces
 * clip — the reflections the manual warns of — unless auto exposure has room to take gain back.
 */
final class IrIlluminator {

    /** Illuminance at 1 m at full intensity, lux·m². 3.6 lux at 15 m. */
    static final double POWER_LUX_M2 = 800;
    /** The scene light the IR competes with is never taken as less than this. */
    static final double MIN_SCENE_LUX = 0.1;

    private IrIlluminator() {
    }

    /** Automatic intensity: full when dark (≤ 1 lux), less in twilight, 30 % floor. */
    static double autoIntensity(double lux) {
        return Math.max(0.3, Math.min(1, 1 - 0.35 * Math.log10(Math.max(lux, 1))));
    }

    /**
     * Brightening factor per output row, in 8.8 fixed point (256 = 1×), for a rendered view,
     * frame height and intensity 0…1.
     */
    static int[] rowFactors(ViewState view, int width, int height, double cameraHeightM, double intensity,
            double sceneLux, int[] into) {
        int[] f = into != null && into.length == height ? into : new int[height];
        double focal = Projection.of(view, width, height).focalPx();
        double tilt = Math.toRadians(view.tiltDeg());
        double power = POWER_LUX_M2 * intensity / Math.max(sceneLux, MIN_SCENE_LUX);
        for (int row = 0; row < height; row++) {
            double elevation = tilt + Math.atan((height / 2.0 - row - 0.5) / focal);
            double gain = 1;
            if (elevation < 0) {
                double d = cameraHeightM / Math.sin(-elevation);
                gain += power / (d * d);
            }
            f[row] = (int) Math.min(255 * 256, Math.round(gain * 256));
        }
        return f;
    }
}
