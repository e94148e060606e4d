package org.ptzcam.device.ptz;

/**
 * Axis plans inside the head's limits: every target is clamped here, so no control path can pass a
 * limit. Pan takes the short way round when endless, and stays inside its arc when limited.
 */
final class Planning {
    private Planning() {
    }

    /** Pan to a bearing at {@code speed} (fraction of the maximum). */
    static AxisMotion panTo(Head h, long now, double bearing, double speed, Mechanics m) {
        PtzLimits l = h.limits();
        AxisMotion pan = h.pan();
        double x = pan.position(now);
        double target;
        if (l.endlessPan()) {
            target = x + PtzPosition.wrapPan(bearing - x);
        } else {
            pan = rebased(pan, now, l);
            target = l.onPanArc(bearing);
        }
        return AxisMotion.toPosition(pan, now, target, m.panMaxDegPerS() * speed, m.panAccel());
    }

    /** Pan by {@code deg} the given way round (endless), or as far as the arc allows. */
    static AxisMotion panBy(Head h, long now, double deg, double speed, Mechanics m) {
        PtzLimits l = h.limits();
        AxisMotion pan = h.pan();
        double target;
        if (l.endlessPan()) {
            target = pan.position(now) + deg;
        } else {
            pan = rebased(pan, now, l);
            target = ZoomLaw.clamp(pan.position(now) + deg, l.minPan(), l.minPan() + l.panArcDeg());
        }
        return AxisMotion.toPosition(pan, now, target, m.panMaxDegPerS() * speed, m.panAccel());
    }

    /** Continuous pan at {@code degPerS} (signed); with limited pan it stops at the arc's end. */
    static AxisMotion panAt(Head h, long now, double degPerS, Mechanics m) {
        PtzLimits l = h.limits();
        if (degPerS == 0 || l.endlessPan()) {
            return AxisMotion.toVelocity(h.pan(), now, degPerS, m.panAccel());
        }
        AxisMotion pan = rebased(h.pan(), now, l);
        double end = degPerS > 0 ? l.minPan() + l.panArcDeg() : l.minPan();
        return AxisMotion.toPosition(pan, now, end, Math.abs(degPerS), m.panAccel());
    }

    /** Expresses the pan plan in the arc's own unwrapped range (a whole number of turns away). */
    private static AxisMotion rebased(AxisMotion pan, long now, PtzLimits l) {
        double x = pan.position(now);
        double offset = ((PtzPosition.wrapPan(x) - l.minPan()) % 360 + 360) % 360;
        double turns = Math.round((l.minPan() + offset - x) / 360) * 360.0;
        return turns == 0 ? pan : pan.shifted(turns);
    }

    static AxisMotion tiltTo(Head h, long now, double deg, double speed, Mechanics m) {
        return AxisMotion.toPosition(h.tilt(), now, h.limits().clampTilt(deg), m.tiltMaxDegPerS() * speed,
                m.tiltAccel());
    }

    static AxisMotion tiltAt(Head h, long now, double degPerS, Mechanics m) {
        if (degPerS == 0) {
            return AxisMotion.toVelocity(h.tilt(), now, 0, m.tiltAccel());
        }
        double end = degPerS > 0 ? h.limits().maxTilt() : h.limits().minTilt();
        return AxisMotion.toPosition(h.tilt(), now, end, Math.abs(degPerS), m.tiltAccel());
    }

    static AxisMotion zoomTo(Head h, long now, double step, double speed, Mechanics m) {
        return AxisMotion.toPosition(h.zoom(), now, h.limits().clampZoom(step), m.zoomMaxStepsPerS() * speed,
                m.zoomAccel());
    }

    static AxisMotion zoomAt(Head h, long now, double stepsPerS, Mechanics m) {
        if (stepsPerS == 0) {
            return AxisMotion.toVelocity(h.zoom(), now, 0, m.zoomAccel());
        }
        double end = stepsPerS > 0 ? h.limits().maxZoomStep() : ZoomLaw.MIN_STEP;
        return AxisMotion.toPosition(h.zoom(), now, end, Math.abs(stepsPerS), m.zoomAccel());
    }

    /** The focus plan to drive manually from: where autofocus had put the lens, if it was on. */
    static AxisMotion manualFocus(Head h, long now) {
        return h.autofocus() ? AxisMotion.rest(h.position(now).focusStep(), now) : h.focus();
    }

    static AxisMotion focusTo(Head h, long now, double step, Mechanics m) {
        return AxisMotion.toPosition(manualFocus(h, now), now, ZoomLaw.clamp(step, ZoomLaw.MIN_STEP, ZoomLaw.MAX_STEP),
                m.focusMaxStepsPerS(), m.focusAccel());
    }

    static AxisMotion focusAt(Head h, long now, double stepsPerS, Mechanics m) {
        AxisMotion from = manualFocus(h, now);
        if (stepsPerS == 0) {
            return AxisMotion.toVelocity(from, now, 0, m.focusAccel());
        }
        double end = stepsPerS > 0 ? ZoomLaw.MAX_STEP : ZoomLaw.MIN_STEP;
        return AxisMotion.toPosition(from, now, end, Math.abs(stepsPerS), m.focusAccel());
    }
}
