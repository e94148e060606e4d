package org.ptzcam.media.image;

/** Day-night mode: who moves the IR-cut filter. */
public enum DayNightMode {
    /** Switch with the scene light, with hysteresis and a hold time. */
    AUTO,
    /** IR-cut filter always in: colour. */
    DAY,
    /** IR-cut filter always out: grayscale, more sensitive, IR illumination allowed. */
    NIGHT
}
