package org.ptzcam.device.ptz;

/**
 * The mechanical state: one motion plan per axis, the focus mode and limits. Immutable; the service
 * swaps it on each command, and the video reads it without locks. Pan is kept unwrapped (endless).
 */
record Head(AxisMotion pan, AxisMotion tilt, AxisMotion zoom, AxisMotion focus, boolean autofocus,
        PtzLimits limits) {

    static Head at(double panDeg, double tiltDeg, double zoomStep, long now) {
        return new Head(AxisMotion.rest(panDeg, now), AxisMotion.rest(tiltDeg, now), AxisMotion.rest(zoomStep, now),
                AxisMotion.rest(FocusModel.idealStep(tiltDeg), now), true, PtzLimits.NONE);
    }

    PtzPosition position(long now) {
        double panRaw = pan.position(now);
        double pan = PtzPosition.wrapPan(panRaw);
        if (!limits.endlessPan() && !limits.panAllowed(pan)) {
            pan = PtzPosition.wrapPan(limits.onPanArc(pan)); // never show a bearing beyond the limit
        }
        double tiltDeg = limits.clampTilt(tilt.position(now));
        double zoomStep = limits.clampZoom(zoom.position(now));
        double ideal = FocusModel.idealStep(tiltDeg);
        double focusStep = autofocus ? ideal : ZoomLaw.clamp(focus.position(now), ZoomLaw.MIN_STEP, ZoomLaw.MAX_STEP);
        double sharpness = autofocus ? 1 : FocusModel.sharpness(focusStep, ideal, ZoomLaw.magnification(zoomStep));
        return new PtzPosition(pan, tiltDeg, zoomStep, focusStep, autofocus, sharpness, movingAt(now));
    }

    boolean movingAt(long now) {
        return pan.movingAt(now) || tilt.movingAt(now) || zoom.movingAt(now) || (!autofocus && focus.movingAt(now));
    }

    /** When every axis is at rest, or {@link Long#MAX_VALUE} while a continuous move runs. */
    long endNanos() {
        long end = Math.max(Math.max(pan.endNanos(), tilt.endNanos()), zoom.endNanos());
        return autofocus ? end : Math.max(end, focus.endNanos());
    }

    Head withPan(AxisMotion m) {
        return new Head(m, tilt, zoom, focus, autofocus, limits);
    }

    Head withTilt(AxisMotion m) {
        return new Head(pan, m, zoom, focus, autofocus, limits);
    }

    Head withZoom(AxisMotion m) {
        return new Head(pan, tilt, m, focus, autofocus, limits);
    }

    Head withFocus(AxisMotion m, boolean auto) {
        return new Head(pan, tilt, zoom, m, auto, limits);
    }

    Head withLimits(PtzLimits l) {
        return new Head(pan, tilt, zoom, focus, autofocus, l);
    }
}
