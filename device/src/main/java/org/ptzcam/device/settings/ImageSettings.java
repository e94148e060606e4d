package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.OPERATOR;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Video › Image (manual: Adjust the image): how the picture looks. Changes apply at once to every
 * stream, without a restart. Operators may change them, as on Axis cameras.
 *
 * @param brightness         0–100, 50 neutral
 * @param contrast           0–100, 50 neutral
 * @param colorLevel         saturation, 0–100 (0 grayscale), 50 neutral
 * @param sharpness          0–100, 50 neutral
 * @param maxShutterTimeMs   longest exposure in milliseconds
 * @param maxGainDb          highest sensor gain in dB
 * @param blurNoiseTradeoff  0 = low noise (longer shutter first), 100 = low motion blur (more gain first)
 * @param dayNightMode       IR-cut filter: automatic, always day (colour) or always night (grayscale)
 * @param dayNightShiftLevel 0–100; higher switches to night mode earlier (at more light)
 * @param irAllowed          whether the IR illuminator may light
 * @param irMode             automatic (on in night mode) or manual intensity
 * @param irIntensity        0–100, the intensity in manual mode
 */
public record ImageSettings(int brightness, int contrast, int colorLevel, int sharpness, int maxShutterTimeMs,
        int maxGainDb, int blurNoiseTradeoff, DayNightMode dayNightMode, int dayNightShiftLevel, boolean irAllowed,
        IrMode irMode, int irIntensity) {

    /** The IR-cut filter's mode, {@code ImageSource.I0.DayNight.Mode}. */
    public enum DayNightMode implements SettingEnum {
        AUTO, DAY, NIGHT;

        @Override
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How the IR illuminator's intensity is chosen, {@code ImageSource.I0.IR.Mode}. */
    public enum IrMode implements SettingEnum {
        AUTO, MANUAL;

        @Override
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final String BRIGHTNESS = "ImageSource.I0.Sensor.Brightness";
    public static final String CONTRAST = "ImageSource.I0.Sensor.Contrast";
    public static final String COLOR_LEVEL = "ImageSource.I0.Sensor.ColorLevel";
    public static final String SHARPNESS = "ImageSource.I0.Sensor.Sharpness";
    public static final String MAX_SHUTTER_TIME = "ImageSource.I0.Sensor.Exposure.MaxShutterTime";
    public static final String MAX_GAIN = "ImageSource.I0.Sensor.Exposure.MaxGain";
    public static final String BLUR_NOISE_TRADEOFF = "ImageSource.I0.Sensor.Exposure.BlurNoiseTradeoff";
    public static final String DAY_NIGHT_MODE = "ImageSource.I0.DayNight.Mode";
    public static final String DAY_NIGHT_SHIFT_LEVEL = "ImageSource.I0.DayNight.ShiftLevel";
    public static final String IR_ALLOWED = "ImageSource.I0.IR.Allowed";
    public static final String IR_MODE = "ImageSource.I0.IR.Mode";
    public static final String IR_INTENSITY = "ImageSource.I0.IR.Intensity";

    private static final String APPEARANCE = "Adjust the image (Video › Image › Appearance)";
    private static final String NOISE = "Adjust the image › Reduce noise in low-light conditions"
            + " (Video › Image › Exposure)";
    private static final String DAY_NIGHT = "Adjust the image › Optimize IR illumination (Video › Image › Day-night mode)";
    private static final IntRangeType PERCENT = new IntRangeType(0, 100);

    private static final List<SettingDef> DEFINITIONS = List.of(
            def(BRIGHTNESS, PERCENT, "50", "Brightness of the picture: higher is lighter (mean luma rises),"
                    + " 50 is neutral.", APPEARANCE),
            def(CONTRAST, PERCENT, "50", "Contrast: higher spreads dark and light further apart, lower gives a flatter"
                    + " picture; 50 is neutral.", APPEARANCE),
            def(COLOR_LEVEL, PERCENT, "50", "Colour saturation: 0 is grayscale, higher is more vivid; 50 is neutral.",
                    APPEARANCE),
            def(SHARPNESS, PERCENT, "50", "Sharpening of edges: higher looks crisper but shows more noise and raises"
                    + " the bitrate, lower is softer; 50 is neutral.", APPEARANCE),
            def(MAX_SHUTTER_TIME, new IntRangeType(1, 1000), "33", "Longest exposure time in milliseconds. Longer"
                    + " makes the picture brighter at night but blurs moving objects.", NOISE),
            def(MAX_GAIN, new IntRangeType(0, 48), "36", "Highest sensor gain in dB. Higher makes the picture brighter"
                    + " in low light but noisier; lower is darker and cleaner.", NOISE),
            def(BLUR_NOISE_TRADEOFF, PERCENT, "50", "In low light, which the camera raises first: 0 = low noise"
                    + " (longer shutter first, more motion blur), 100 = low motion blur (more gain first, more"
                    + " noise).", NOISE),
            def(DAY_NIGHT_MODE, EnumType.of(DayNightMode.class), DayNightMode.AUTO.id(), "IR-cut filter: day keeps"
                    + " the picture in colour, night removes the filter and shows grayscale (brighter in the dark),"
                    + " auto switches with the light in the scene (with hysteresis, so it does not flicker).",
                    DAY_NIGHT),
            def(DAY_NIGHT_SHIFT_LEVEL, PERCENT, "50", "In auto day-night mode, how early the camera switches to night:"
                    + " higher switches at more light (earlier in the evening), lower stays in colour longer.",
                    DAY_NIGHT),
            def(IR_ALLOWED, BooleanType.TRUE_FALSE, "true", "Whether the IR illuminator may light. It lights only in"
                    + " night mode, where it brightens the near field.", DAY_NIGHT),
            def(IR_MODE, EnumType.of(IrMode.class), IrMode.AUTO.id(), "auto: the camera sets the IR intensity"
                    + " itself; manual: it uses IR.Intensity.", DAY_NIGHT),
            def(IR_INTENSITY, PERCENT, "100", "IR intensity in manual mode. Lower it if close objects reflect the IR"
                    + " light and look washed out.", DAY_NIGHT));

    /** The paths of this group; a change applies to the running streams without a restart. */
    public static final Set<String> PATHS = DEFINITIONS.stream().map(SettingDef::path)
            .collect(Collectors.toUnmodifiableSet());

    /** True when {@code changedPaths} (as a settings listener hears them) touch this group. */
    public static boolean affectedBy(Collection<String> changedPaths) {
        return changedPaths.stream().anyMatch(PATHS::contains);
    }

    private static SettingDef def(String path, SettingType type, String defaultValue, String description,
            String manualSection) {
        return new SettingDef(path, type, defaultValue, VIEWER, OPERATOR, description, manualSection);
    }

    static List<SettingDef> definitions(DeviceFacts facts) {
        return DEFINITIONS;
    }

    static ImageSettings from(Function<String, String> values) {
        Function<String, Integer> number = path -> Integer.parseInt(values.apply(path));
        return new ImageSettings(number.apply(BRIGHTNESS), number.apply(CONTRAST), number.apply(COLOR_LEVEL),
                number.apply(SHARPNESS), number.apply(MAX_SHUTTER_TIME), number.apply(MAX_GAIN),
                number.apply(BLUR_NOISE_TRADEOFF),
                EnumType.constant(DayNightMode.class, values.apply(DAY_NIGHT_MODE)),
                number.apply(DAY_NIGHT_SHIFT_LEVEL),
                BooleanType.TRUE_FALSE.parse(values.apply(IR_ALLOWED)),
                EnumType.constant(IrMode.class, values.apply(IR_MODE)),
                number.apply(IR_INTENSITY));
    }
}
