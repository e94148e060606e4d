package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.ADMIN;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Video › Installation (manual: Basic settings). The sensor set-up every stream is made from; a
 * change of any of these needs "Save and restart" of the video pipeline, which the app does when
 * {@link #affectedBy} says so.
 *
 * @param captureMode        largest picture and frame rate the sensor delivers
 * @param powerLineFrequency mains frequency: selects the 25/50 or 30/60 fps family
 * @param rotation           0, 90, 180 or 270 degrees; 90 and 270 swap width and height
 * @param stabilization      image stabilization (removes shake at the cost of a slight crop)
 */
public record CaptureSettings(CaptureMode captureMode, PowerLineFrequency powerLineFrequency, int rotation,
        boolean stabilization) {
    public static final String CAPTURE_MODE = "ImageSource.I0.CaptureMode";
    public static final String POWER_LINE_FREQUENCY = "ImageSource.I0.PowerLineFrequency";
    public static final String ROTATION = "Image.I0.Appearance.Rotation";
    public static final String STABILIZATION = "ImageSource.I0.Stabilization.Enabled";

    /** The rotations offered, as {@code Properties.Image.Rotation} lists them. */
    public static final List<Integer> ROTATIONS = List.of(0, 90, 180, 270);

    /** Every size a stream may have, 16:9, largest first; a mode offers those that fit in it. */
    static final List<Resolution> LADDER = List.of(new Resolution(3840, 2160), new Resolution(2560, 1440),
            new Resolution(1920, 1080), new Resolution(1280, 720), new Resolution(1024, 576),
            new Resolution(800, 450), new Resolution(640, 360), new Resolution(480, 270), new Resolution(320, 180));

    private static final List<SettingDef> DEFINITIONS = List.of(
            new SettingDef(CAPTURE_MODE, EnumType.of(CaptureMode.class), CaptureMode.FHD_1080P60.id(), VIEWER, ADMIN,
                    "Largest picture and highest frame rate of the sensor, as WIDTHxHEIGHT@FPS (the fps at 60 Hz"
                            + " mains). Streams are scaled down from it, so it limits the resolutions offered"
                            + " (Properties.Image.Resolution). Changing it restarts the video pipeline: every"
                            + " stream drops and reconnects.",
                    "Basic settings › Set the capture mode (Video › Installation › Capture mode)"),
            new SettingDef(POWER_LINE_FREQUENCY, EnumType.of(PowerLineFrequency.class), PowerLineFrequency.HZ_60.id(),
                    VIEWER, ADMIN,
                    "Mains frequency where the camera is installed, in Hz. 60 gives frame rates of the 30/60 fps"
                            + " family, 50 gives 25/50 fps (a 60 fps capture mode then delivers at most 50 fps),"
                            + " so lamps on mains power do not flicker. Changing it restarts the video pipeline.",
                    "Basic settings › Set the power line frequency (Video › Installation › Power line frequency)"),
            new SettingDef(ROTATION, new EnumType(ROTATIONS.stream().map(String::valueOf).toList()), "0", VIEWER, ADMIN,
                    "Turns the picture clockwise by this many degrees, e.g. 180 for a camera mounted upside down."
                            + " 90 and 270 swap width and height of every stream (1920x1080 becomes 1080x1920)."
                            + " Changing it restarts the video pipeline.",
                    "Basic settings › Set the orientation (Video › Installation › Rotate)"),
            new SettingDef(STABILIZATION, BooleanType.TRUE_FALSE, "false", VIEWER, ADMIN,
                    "When true, the camera removes shake (wind, passing traffic) from the picture: steadier,"
                            + " less blurry and a lower bitrate, at the cost of a slightly cropped (zoomed-in)"
                            + " view. Changing it restarts the video pipeline.",
                    "Adjust the image › Stabilize a shaky image with image stabilization"
                            + " (Video › Installation › Image correction)"));

    /** The paths of this group; a change of any of them needs a restart of the video pipeline. */
    public static final Set<String> PATHS = DEFINITIONS.stream().map(SettingDef::path)
            .collect(Collectors.toUnmodifiableSet());

    public CaptureSettings {
        if (!ROTATIONS.contains(rotation)) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, not " + rotation);
        }
    }

    /** True when {@code changedPaths} (as a settings listener hears them) touch this group. */
    public static boolean affectedBy(Collection<String> changedPaths) {
        return changedPaths.stream().anyMatch(PATHS::contains);
    }

    /** Highest frame rate of the capture mode on this power line frequency (60/30 or 50/25). */
    public int maxFps() {
        return captureMode.maxFps(powerLineFrequency);
    }

    /** The full picture size after rotation, e.g. 1080x1920 for 1920x1080 turned by 90. */
    public Resolution outputSize() {
        return captureMode.size().rotated(rotation);
    }

    /**
     * The stream sizes offered, largest first, as {@code Properties.Image.Resolution} lists them:
     * the 16:9 sizes that fit in the capture mode, each turned like the picture (HxW at 90 and 270).
     * A {@code resolution=} argument must be one of these.
     */
    public List<Resolution> offeredResolutions() {
        Resolution mode = captureMode.size();
        return LADDER.stream().filter(size -> size.fitsIn(mode)).map(size -> size.rotated(rotation)).toList();
    }

    static List<SettingDef> definitions(DeviceFacts facts) {
        return DEFINITIONS;
    }

    static CaptureSettings from(Function<String, String> values) {
        return new CaptureSettings(EnumType.constant(CaptureMode.class, values.apply(CAPTURE_MODE)),
                EnumType.constant(PowerLineFrequency.class, values.apply(POWER_LINE_FREQUENCY)),
                Integer.parseInt(values.apply(ROTATION)),
                BooleanType.TRUE_FALSE.parse(values.apply(STABILIZATION)));
    }
}
