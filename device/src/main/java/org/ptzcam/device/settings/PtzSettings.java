package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.ADMIN;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PTZ settings (manual: Adjust the camera view (PTZ); web UI PTZ › Limits, PTZ › Control queue).
 * Keys follow the VAPIX {@code root.PTZ} tree (vapix.md §5); the service applies a change at once.
 *
 * @param minPan            start of the allowed pan arc, degrees (clockwise to {@code maxPan})
 * @param maxPan            end of the allowed pan arc; −180…180 means endless pan
 * @param minTilt           lowest tilt, degrees
 * @param maxTilt           highest tilt, degrees
 * @param maxZoom           highest zoom step (1…9999, 9999 = 30× optical)
 * @param proportionalSpeed continuous pan/tilt slows down as the field of view narrows
 * @param homePreset        number of the preset that is the home position
 * @param controlQueue      one controller at a time (priority admin > operator > viewer)
 * @param queueLimit        most controllers waiting for control
 * @param queuePollSeconds  a waiting controller that does not retry within this time leaves the queue
 * @param controlTimeoutSeconds the controller keeps control this long after its last command
 */
public record PtzSettings(int minPan, int maxPan, int minTilt, int maxTilt, int maxZoom, boolean proportionalSpeed,
        int homePreset, boolean controlQueue, int queueLimit, int queuePollSeconds, int controlTimeoutSeconds) {
    public static final String MIN_PAN = "PTZ.Limit.L1.MinPan";
    public static final String MAX_PAN = "PTZ.Limit.L1.MaxPan";
    public static final String MIN_TILT = "PTZ.Limit.L1.MinTilt";
    public static final String MAX_TILT = "PTZ.Limit.L1.MaxTilt";
    public static final String MAX_ZOOM = "PTZ.Limit.L1.MaxZoom";
    public static final String PROPORTIONAL_SPEED = "PTZ.Various.V1.ProportionalSpeed";
    public static final String HOME_PRESET = "PTZ.Preset.P0.HomePosition";
    public static final String CONTROL_QUEUE = "PTZ.Various.V1.CtlQueueing";
    public static final String QUEUE_LIMIT = "PTZ.Various.V1.CtlQueueLimit";
    public static final String QUEUE_POLL_TIME = "PTZ.Various.V1.CtlQueuePollTime";
    public static final String CONTROL_TIMEOUT = "PTZ.Various.V1.CtlTimeout";

    /** Highest preset number; presets are numbered 1…MAX_PRESETS. */
    public static final int MAX_PRESETS = 256;

    private static final String LIMITS = "Adjust the camera view (PTZ) › Limit the pan, tilt, and zoom movements"
            + " (PTZ › Limits)";
    private static final String QUEUE = "Adjust the camera view (PTZ) (PTZ › Control queue)";

    private static final List<SettingDef> DEFINITIONS = List.of(
            new SettingDef(MIN_PAN, new IntRangeType(-180, 180), "-180", VIEWER, ADMIN,
                    "Pan limit, degrees: the camera may pan clockwise from MinPan to MaxPan. -180 and 180 (the"
                            + " defaults) mean endless 360° pan; MinPan greater than MaxPan is an arc across 180°"
                            + " (south). Requests beyond the limit stop at it.", LIMITS),
            new SettingDef(MAX_PAN, new IntRangeType(-180, 180), "180", VIEWER, ADMIN,
                    "Pan limit, degrees: the end of the allowed arc (see MinPan).", LIMITS),
            new SettingDef(MIN_TILT, new IntRangeType(-90, 20), "-90", VIEWER, ADMIN,
                    "Lowest tilt, degrees (-90 = straight down). Requests below it stop at it; MinTilt above"
                            + " MaxTilt is used swapped.", LIMITS),
            new SettingDef(MAX_TILT, new IntRangeType(-90, 20), "20", VIEWER, ADMIN,
                    "Highest tilt, degrees (20 = the mechanical limit above the horizon).", LIMITS),
            new SettingDef(MAX_ZOOM, new IntRangeType(1, 9999), "9999", VIEWER, ADMIN,
                    "Highest zoom in VAPIX zoom steps, 1 (wide, 1x) to 9999 (30x optical); steps are"
                            + " logarithmic: magnification = 30^((step-1)/9998).", LIMITS),
            new SettingDef(PROPORTIONAL_SPEED, BooleanType.TRUE_FALSE, "true", VIEWER, ADMIN,
                    "When true, continuous pan and tilt (joystick) speeds are scaled by the field of view"
                            + " (1/30 of full speed at 30x), so the picture moves equally fast at every zoom.",
                    "Adjust the camera view (PTZ) (PTZ › Movement)"),
            new SettingDef(HOME_PRESET, new IntRangeType(1, MAX_PRESETS), "1", VIEWER, ADMIN,
                    "Number of the server preset that is the home position (move=home). Removing the home"
                            + " preset recreates it at pan 0, tilt 0, widest zoom.",
                    "Adjust the camera view (PTZ) (PTZ › Preset positions)"),
            new SettingDef(CONTROL_QUEUE, BooleanType.TRUE_FALSE, "false", VIEWER, ADMIN,
                    "When true, one controller (user or protocol client) at a time moves the camera; a"
                            + " higher-priority user (admin > operator > viewer) takes over at once, others"
                            + " wait until the controller has been idle for CtlTimeout seconds.", QUEUE),
            new SettingDef(QUEUE_LIMIT, new IntRangeType(1, 100), "20", VIEWER, ADMIN,
                    "Most controllers waiting for control; more are refused.", QUEUE),
            new SettingDef(QUEUE_POLL_TIME, new IntRangeType(1, 3600), "20", VIEWER, ADMIN,
                    "Seconds a waiting controller keeps its place without retrying a command.", QUEUE),
            new SettingDef(CONTROL_TIMEOUT, new IntRangeType(1, 3600), "60", VIEWER, ADMIN,
                    "Seconds the controller keeps control after its last command.", QUEUE));

    /** The paths of this group. */
    public static final Set<String> PATHS = DEFINITIONS.stream().map(SettingDef::path)
            .collect(Collectors.toUnmodifiableSet());

    /** True when {@code changedPaths} touch this group. */
    public static boolean affectedBy(Collection<String> changedPaths) {
        return changedPaths.stream().anyMatch(PATHS::contains);
    }

    static List<SettingDef> definitions(DeviceFacts facts) {
        return DEFINITIONS;
    }

    static PtzSettings from(Function<String, String> values) {
        Function<String, Integer> i = path -> Integer.parseInt(values.apply(path));
        return new PtzSettings(i.apply(MIN_PAN), i.apply(MAX_PAN), i.apply(MIN_TILT), i.apply(MAX_TILT),
                i.apply(MAX_ZOOM), BooleanType.TRUE_FALSE.parse(values.apply(PROPORTIONAL_SPEED)),
                i.apply(HOME_PRESET), BooleanType.TRUE_FALSE.parse(values.apply(CONTROL_QUEUE)),
                i.apply(QUEUE_LIMIT), i.apply(QUEUE_POLL_TIME), i.apply(CONTROL_TIMEOUT));
    }
}
