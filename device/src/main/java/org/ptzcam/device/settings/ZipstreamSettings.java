package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.OPERATOR;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Video › Stream › Zipstream: defaults for new H.264/H.265/AV1 streams, like the rest of the Stream
 * tab (a stream profile or the URL overrides them with the {@code videoz*} arguments). MJPEG ignores
 * them (manual: "The Zipstream settings are used for all video encodings except MJPEG").
 *
 * @param strength     "off", "10" … "50"
 * @param dynamicGop   GOP mode dynamic
 * @param maxGopLength upper limit of a dynamic GOP
 * @param dynamicFps   FPS mode dynamic
 * @param minFps       lowest frame rate of a static scene with dynamic FPS
 * @param storage      optimize for storage (profile "storage")
 */
public record ZipstreamSettings(String strength, boolean dynamicGop, int maxGopLength, boolean dynamicFps,
                                int minFps, boolean storage) {

    public static final String STRENGTH = "Image.I0.MPEG.ZStrength";
    public static final String GOP_MODE = "Image.I0.MPEG.ZGopMode";
    public static final String MAX_GOP_LENGTH = "Image.I0.MPEG.ZMaxGopLength";
    public static final String FPS_MODE = "Image.I0.MPEG.ZFpsMode";
    public static final String MIN_FPS = "Image.I0.MPEG.ZMinFps";
    public static final String PROFILE = "Image.I0.MPEG.ZProfile";

    private static final String SECTION = "View and record video › Reduce bandwidth and storage (Video › Stream › Zipstream)";

    private static final List<SettingDef> DEFINITIONS = List.of(
            def(STRENGTH, new EnumType(List.of("off", "10", "20", "30", "40", "50")), "off",
                    "Zipstream strength (videozstrength=): off, 10 low, 20 medium, 30 high, 40 higher, 50 extreme."
                            + " Blocks that have not changed for half a second are coded 3 QP coarser per level,"
                            + " and never finer than while the scene moved (H.264, H.265). Not for MJPEG."),
            def(GOP_MODE, new EnumType(List.of("fixed", "dynamic")), "fixed", "Dynamic GOP (videozgopmode=):"
                    + " dynamic keeps the GOP length while something moves and stretches it up to ZMaxGopLength"
                    + " while the scene is static; motion after a long pause starts with a key frame."),
            def(MAX_GOP_LENGTH, new IntRangeType(1, 1023), "1023", "Upper limit of a dynamic GOP in frames"
                    + " (videozmaxgoplength=)."),
            def(FPS_MODE, new EnumType(List.of("fixed", "dynamic")), "fixed", "Dynamic FPS (videozfpsmode=):"
                    + " dynamic skips frames in which nothing changed, down to ZMinFps; the first changed frame is"
                    + " sent at once."),
            def(MIN_FPS, new IntRangeType(1, 60), "1", "Lowest frame rate of a static scene with dynamic FPS"
                    + " (videozminfps=)."),
            def(PROFILE, new EnumType(List.of("classic", "storage")), "classic", "Optimize for storage"
                    + " (videozprofile=storage): H.264 and H.265 RTSP streams get 2 B-frames between reference"
                    + " frames (for video management software that supports B-frames; 2 frames more latency, x265"
                    + " holds 8). Not for the web client's stream (RTSP over WebSocket), AV1 or MJPEG."));

    /** The paths of this group. */
    public static final Set<String> PATHS = DEFINITIONS.stream().map(SettingDef::path)
            .collect(Collectors.toUnmodifiableSet());

    /** True when {@code changedPaths} touch this group. */
    public static boolean affectedBy(Collection<String> changedPaths) {
        return changedPaths.stream().anyMatch(PATHS::contains);
    }

    /** These defaults as media.amp arguments (vapix.md §7.1). */
    public Map<String, String> asMediaArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("videozstrength", strength.equals("off") ? "0" : strength);
        args.put("videozgopmode", dynamicGop ? "dynamic" : "fixed");
        args.put("videozmaxgoplength", Integer.toString(maxGopLength));
        args.put("videozfpsmode", dynamicFps ? "dynamic" : "fixed");
        args.put("videozminfps", Integer.toString(minFps));
        args.put("videozprofile", storage ? "storage" : "classic");
        return args;
    }

    private static SettingDef def(String path, SettingType type, String defaultValue, String text) {
        return new SettingDef(path, type, defaultValue, VIEWER, OPERATOR, text, SECTION);
    }

    static List<SettingDef> definitions(DeviceFacts facts) {
        return DEFINITIONS;
    }

    static ZipstreamSettings from(Function<String, String> values) {
        return new ZipstreamSettings(values.apply(STRENGTH),
                values.apply(GOP_MODE).equals("dynamic"),
                Integer.parseInt(values.apply(MAX_GOP_LENGTH)),
                values.apply(FPS_MODE).equals("dynamic"),
                Integer.parseInt(values.apply(MIN_FPS)),
                values.apply(PROFILE).equals("storage"));
    }
}
