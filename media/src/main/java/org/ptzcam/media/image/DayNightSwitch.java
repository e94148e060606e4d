package org.ptzcam.media.image;

/**
 * The IR-cut filter: forced by DAY and NIGHT; in AUTO it goes to night when the scene light falls
 * below {@link #nightBelowLux(int)} and back to day above four times that (hysteresis), each only
 * after the condition has held for {@link #HOLD_MS} of scene time, so passing car lights or a
 * cloud do not make the filter click back and forth. Starts in day, as a camera does at power-up.
 */
final class DayNightSwitch {

    static final long HOLD_MS = 2000;
    static final double HYSTERESIS = 4;

    private boolean night;
    private long pendingSince = Long.MIN_VALUE;
    private long lastTime = Long.MIN_VALUE;

    /**
     * Night threshold for a shift level: 0.5 lux at level 0, ≈5 lux at 50, 100 lux at 100
     * (log-linear; higher level = night earlier in the evening).
     */
    static double nightBelowLux(int shiftLevel) {
        return 0.5 * Math.pow(200, shiftLevel / 100.0);
    }

    static double dayAboveLux(int shiftLevel) {
        return nightBelowLux(shiftLevel) * HYSTERESIS;
    }

    boolean night() {
        return night;
    }

    /** Updates the state for a frame; returns true when night (filter out). */
    boolean update(DayNightMode mode, int shiftLevel, double lux, long sceneTimeMillis) {
        if (sceneTimeMillis < lastTime) {
            pendingSince = Long.MIN_VALUE; // clock set back: start the hold again
        }
        lastTime = sceneTimeMillis;
        switch (mode) {
            case DAY -> {
                night = false;
                pendingSince = Long.MIN_VALUE;
            }
            case NIGHT -> {
                night = true;
                pendingSince = Long.MIN_VALUE;
            }
            case AUTO -> {
                boolean wantsSwitch = night ? lux > dayAboveLux(shiftLevel) : lux < nightBelowLux(shiftLevel);
                if (!wantsSwitch) {
                    pendingSince = Long.MIN_VALUE;
                } else if (pendingSince == Long.MIN_VALUE) {
                    pendingSince = sceneTimeMillis;
                } else if (sceneTimeMillis - pendingSince >= HOLD_MS) {
                    night = !night;
                    pendingSince = Long.MIN_VALUE;
                }
            }
        }
        return night;
    }
}
