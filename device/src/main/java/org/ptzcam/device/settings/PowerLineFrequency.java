package org.ptzcam.device.settings;

/**
 * The mains frequency where the camera is installed. It selects the frame-rate family so that
 * lamps on mains power do not flicker in the picture: 60 Hz gives 30/60 fps, 50 Hz gives 25/50 fps.
 */
public enum PowerLineFrequency implements SettingEnum {
    HZ_50(50), HZ_60(60);

    private final int hertz;

    PowerLineFrequency(int hertz) {
        this.hertz = hertz;
    }

    public int hertz() {
        return hertz;
    }

    /** {@code 50} or {@code 60}, as in {@code ImageSource.I0.PowerLineFrequency}. */
    @Override
    public String id() {
        return Integer.toString(hertz);
    }
}
