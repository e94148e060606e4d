package org.ptzcam.device.settings;

/**
 * A capture mode of the sensor: the largest picture and the highest frame rate the camera
 * delivers (manual: Learn more › Capture modes). Every stream is scaled down from it.
 */
public enum CaptureMode implements SettingEnum {
    FHD_1080P60("1920x1080@60", 1920, 1080, 60),
    HD_720P60("1280x720@60", 1280, 720, 60),
    UHD_2160P30("3840x2160@30", 3840, 2160, 30);

    private final String id;
    private final int width;
    private final int height;
    private final int maxFps60Hz;

    CaptureMode(String id, int width, int height, int maxFps60Hz) {
        this.id = id;
        this.width = width;
        this.height = height;
        this.maxFps60Hz = maxFps60Hz;
    }

    /** The mode as {@code ImageSource.I0.CaptureMode} spells it, e.g. {@code 1920x1080@60}. */
    @Override
    public String id() {
        return id;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The sensor size before rotation. */
    public Resolution size() {
        return new Resolution(width, height);
    }

    /** Highest frame rate at 60 Hz mains: 60 or 30. */
    public int maxFps60Hz() {
        return maxFps60Hz;
    }

    /** Highest frame rate on this mains frequency: 60/30 at 60 Hz, 50/25 at 50 Hz. */
    public int maxFps(PowerLineFrequency powerLine) {
        return powerLine == PowerLineFrequency.HZ_50 ? maxFps60Hz * 5 / 6 : maxFps60Hz;
    }

    /** The mode with this id, ignoring case. */
    public static CaptureMode ofId(String id) {
        for (CaptureMode mode : values()) {
            if (mode.id.equalsIgnoreCase(id)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("no capture mode '" + id + "'");
    }
}
