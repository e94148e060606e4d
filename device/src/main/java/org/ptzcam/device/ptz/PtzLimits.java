package org.ptzcam.device.ptz;

/**
 * PTZ › Limits, as the service enforces them on every path. Requests beyond a limit go to the
 * limit (clamped, as the hardware does), never refused.
 *
 * <p>Pan: the allowed arc runs clockwise from {@code minPan} to {@code maxPan}; −180…180 (the
 * default) means endless pan. {@code minPan > maxPan} is an arc across south (e.g. 170…−170 is 20°
 * around 180°); equal values fix the pan. Tilt: {@code minTilt…maxTilt} inside −90…20 (swapped when
 * given the wrong way round). Zoom: steps 1…{@code maxZoomStep}.
 */
public record PtzLimits(double minPan, double maxPan, double minTilt, double maxTilt, double maxZoomStep) {
    public static final double MECHANICAL_MIN_TILT = -90;
    public static final double MECHANICAL_MAX_TILT = 20;

    public static final PtzLimits NONE = new PtzLimits(-180, 180, MECHANICAL_MIN_TILT, MECHANICAL_MAX_TILT,
            ZoomLaw.MAX_STEP);

    public PtzLimits {
        minPan = ZoomLaw.clamp(minPan, -180, 180);
        maxPan = ZoomLaw.clamp(maxPan, -180, 180);
        double lo = ZoomLaw.clamp(Math.min(minTilt, maxTilt), MECHANICAL_MIN_TILT, MECHANICAL_MAX_TILT);
        double hi = ZoomLaw.clamp(Math.max(minTilt, maxTilt), MECHANICAL_MIN_TILT, MECHANICAL_MAX_TILT);
        minTilt = lo;
        maxTilt = hi;
        maxZoomStep = ZoomLaw.clamp(maxZoomStep, ZoomLaw.MIN_STEP, ZoomLaw.MAX_STEP);
    }

    /** Whether pan may turn round and round. */
    public boolean endlessPan() {
        return minPan == -180 && maxPan == 180;
    }

    /** Length of the allowed pan arc in degrees (360 when endless). */
    public double panArcDeg() {
        if (endlessPan()) {
            return 360;
        }
        double arc = maxPan - minPan;
        return arc < 0 ? arc + 360 : arc;
    }

    /**
     * A bearing as a point of the allowed arc, in unwrapped degrees {@code minPan … minPan+arc};
     * bearings outside the arc go to its nearer end. Only for limited pan.
     */
    double onPanArc(double panDeg) {
        double offset = (panDeg - minPan) % 360;
        if (offset < 0) {
            offset += 360;
        }
        double arc = panArcDeg();
        if (offset <= arc) {
            return minPan + offset;
        }
        // outside: to whichever end is nearer around the circle
        return offset - arc < 360 - offset ? minPan + arc : minPan;
    }

    /** Whether a bearing is inside the allowed arc (with a little rounding slack). */
    public boolean panAllowed(double panDeg) {
        if (endlessPan()) {
            return true;
        }
        double offset = ((panDeg - minPan) % 360 + 360) % 360;
        return offset <= panArcDeg() + 1e-9 || offset >= 360 - 1e-9;
    }

    public double clampTilt(double tiltDeg) {
        return ZoomLaw.clamp(tiltDeg, minTilt, maxTilt);
    }

    public double clampZoom(double step) {
        return ZoomLaw.clamp(step, ZoomLaw.MIN_STEP, maxZoomStep);
    }
}
