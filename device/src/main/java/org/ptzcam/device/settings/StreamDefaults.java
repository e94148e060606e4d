package org.ptzcam.device.settings;

import static org.ptzcam.device.AccessLevel.OPERATOR;
import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Video › Stream: what a stream request gets when neither its URL nor its stream profile says
 * otherwise. These are defaults for <em>new</em> streams; a running stream keeps the configuration
 * it started with (manual: "How do Image, Stream, and Stream profile settings relate…").
 *
 * @param videoCodec        codec of RTSP streams without {@code videocodec=}
 * @param resolution        size in landscape form (one of the ladder); turned for 90/270 rotation
 *                          and replaced by the largest offered size if the capture mode lacks it
 * @param fps               0 = the capture mode's maximum; above it means the maximum
 * @param compression       0–100, higher gives smaller files and less detail
 * @param gopLength         frames from one key frame to the next
 * @param h264Profile       H.264 profile of H.264 streams
 * @param rateMode          bitrate control: vbr, mbr or abr
 * @param maxBitrateKbps    MBR target (the instantaneous bitrate is held under it)
 * @param priority          what MBR gives up at the target
 * @param abrTargetKbps     ABR average target
 * @param abrRetentionHours the period the ABR average is held over (and storage is estimated for)
 * @param abrMaxBitrateKbps an MBR cap inside ABR, 0 = none
 * @param audio             streams include audio unless their request says {@code audio=0}
 */
public record StreamDefaults(VideoFormat videoCodec, Resolution resolution, int fps, int compression, int gopLength,
        H264Profile h264Profile, RateMode rateMode, int maxBitrateKbps, RatePriority priority, int abrTargetKbps,
        int abrRetentionHours, int abrMaxBitrateKbps, boolean audio) {

    /** Video codecs a stream may default to ({@code videocodec=} spelling). */
    public enum VideoFormat implements SettingEnum {
        H264, H265, JPEG;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code h264profile=} values. */
    public enum H264Profile implements SettingEnum {
        BASELINE, MAIN, HIGH;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Bitrate control modes (manual: Bitrate control). */
    public enum RateMode implements SettingEnum {
        VBR, MBR, ABR;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What MBR sacrifices when the target is reached. */
    public enum RatePriority implements SettingEnum {
        FRAMERATE, QUALITY;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String VIDEO_CODEC = "Image.I0.Stream.VideoCodec";
    public static final String RESOLUTION = "Image.I0.Appearance.Resolution";
    public static final String FPS = "Image.I0.Stream.FPS";
    public static final String COMPRESSION = "Image.I0.Appearance.Compression";
    public static final String GOP_LENGTH = "Image.I0.MPEG.GOPLength";
    public static final String H264_PROFILE = "Image.I0.MPEG.H264.Profile";
    public static final String RATE_MODE = "Image.I0.RateControl.Mode";
    public static final String MAX_BITRATE = "Image.I0.RateControl.MaxBitrate";
    public static final String PRIORITY = "Image.I0.RateControl.Priority";
    public static final String ABR_TARGET = "Image.I0.RateControl.ABR.TargetBitrate";
    public static final String ABR_RETENTION = "Image.I0.RateControl.ABR.RetentionTime";
    public static final String ABR_MAX_BITRATE = "Image.I0.RateControl.ABR.MaxBitrate";
    public static final String AUDIO = "Audio.A0.Enabled";

    /** Largest bitrate accepted anywhere, in kbit/s (also the encoders' limit). */
    public static final int MAX_KBPS = 100_000;

    private static final String GENERAL = "View and record video › Reduce bandwidth and storage (Video › Stream › General)";
    private static final String RATE = "Streaming and storage › Bitrate control (Video › Stream › Bitrate control)";

    private static final List<SettingDef> DEFINITIONS = List.of(
            def(VIDEO_CODEC, EnumType.of(VideoFormat.class), "h264", GENERAL,
                    "Video codec of RTSP streams whose request has no videocodec= (MJPEG and snapshots are always jpeg)."),
            def(RESOLUTION, new EnumType(CaptureSettings.LADDER.stream().map(Resolution::toString).toList()),
                    "1920x1080", GENERAL, "Size of streams and snapshots whose request has no resolution=. Turned"
                            + " with the image (1080x1920 at rotation 90); when the capture mode does not offer it,"
                            + " the largest offered size is used."),
            def(FPS, new IntRangeType(0, 60), "0", GENERAL, "Frame rate of streams whose request has no fps=;"
                    + " 0 or more than the capture mode gives is the capture mode's maximum."),
            def(COMPRESSION, new IntRangeType(0, 100), "30", GENERAL,
                    "Compression of snapshots and streams whose request has no compression argument: higher"
                            + " gives smaller images with less detail, lower gives more detail and a higher bitrate."),
            def(GOP_LENGTH, new IntRangeType(1, 1000), "32", GENERAL, "GOP length: frames from one key frame to"
                    + " the next (videokeyframeinterval=). Longer saves bandwidth; shorter lets viewers start sooner."),
            def(H264_PROFILE, EnumType.of(H264Profile.class), "high", GENERAL,
                    "H.264 profile (h264profile=): baseline for old decoders, high for the best compression."),
            def(RATE_MODE, EnumType.of(RateMode.class), "vbr", RATE, "Bitrate control (videobitratemode=): vbr"
                    + " constant quality, mbr holds the bitrate under MaxBitrate, abr meets ABR.TargetBitrate on"
                    + " average over ABR.RetentionTime."),
            def(MAX_BITRATE, new IntRangeType(16, MAX_KBPS), "4000", RATE, "MBR target in kbit/s"
                    + " (videomaxbitrate=): no one-second window of the stream goes above it by more than 20 %."),
            def(PRIORITY, EnumType.of(RatePriority.class), "framerate", RATE, "What MBR gives up at the target"
                    + " (videobitratepriority=): framerate keeps every frame and lowers quality; quality keeps the"
                    + " quality and drops frames."),
            def(ABR_TARGET, new IntRangeType(16, MAX_KBPS), "2000", RATE, "ABR average bitrate in kbit/s"
                    + " (videoabrtargetbitrate=). Storage needed = target × retention time."),
            def(ABR_RETENTION, new IntRangeType(1, 8760), "168", RATE, "ABR retention time in hours: the period"
                    + " over which the average is met (videoabrretentiontime= takes seconds)."),
            def(ABR_MAX_BITRATE, new IntRangeType(0, MAX_KBPS), "0", RATE, "Maximum bitrate inside ABR in kbit/s"
                    + " (videoabrmaxbitrate=), 0 = none: busy scenes may then use what static scenes saved."),
            def(AUDIO, BooleanType.YES_NO, "no", "Audio › Add audio to your recording (Video › Stream › Audio)",
                    "Include audio in streams whose request has no audio= (audio=1 or a profile turns it on too)."));

    /** The paths of this group. */
    public static final Set<String> PATHS = DEFINITIONS.stream().map(SettingDef::path)
            .collect(Collectors.toUnmodifiableSet());

    /** True when {@code changedPaths} (as a settings listener hears them) touch this group. */
    public static boolean affectedBy(Collection<String> changedPaths) {
        return changedPaths.stream().anyMatch(PATHS::contains);
    }

    /**
     * These defaults as media.amp arguments (vapix.md §7.1), the lowest layer of a stream's
     * effective arguments. The resolution is still in landscape form; the resolver turns it.
     */
    public Map<String, String> asMediaArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("videocodec", videoCodec.id());
        args.put("resolution", resolution.toString());
        args.put("fps", Integer.toString(fps));
        args.put("compression", Integer.toString(compression));
        args.put("videokeyframeinterval", Integer.toString(gopLength));
        args.put("h264profile", h264Profile.id());
        args.put("videobitratemode", rateMode.id());
        args.put("videomaxbitrate", Integer.toString(maxBitrateKbps));
        args.put("videobitratepriority", priority.id());
        args.put("videoabrtargetbitrate", Integer.toString(abrTargetKbps));
        args.put("videoabrretentiontime", Long.toString(abrRetentionHours * 3600L));
        args.put("videoabrmaxbitrate", Integer.toString(abrMaxBitrateKbps));
        args.put("audio", audio ? "1" : "0");
        return args;
    }

    private static SettingDef def(String path, SettingType type, String defaultValue, String section, String text) {
        return new SettingDef(path, type, defaultValue, VIEWER, OPERATOR, text, section);
    }

    static List<SettingDef> definitions(DeviceFacts facts) {
        return DEFINITIONS;
    }

    static StreamDefaults from(Function<String, String> values) {
        return new StreamDefaults(EnumType.constant(VideoFormat.class, values.apply(VIDEO_CODEC)),
                Resolution.parse(values.apply(RESOLUTION)),
                Integer.parseInt(values.apply(FPS)),
                Integer.parseInt(values.apply(COMPRESSION)),
                Integer.parseInt(values.apply(GOP_LENGTH)),
                EnumType.constant(H264Profile.class, values.apply(H264_PROFILE)),
                EnumType.constant(RateMode.class, values.apply(RATE_MODE)),
                Integer.parseInt(values.apply(MAX_BITRATE)),
                EnumType.constant(RatePriority.class, values.apply(PRIORITY)),
                Integer.parseInt(values.apply(ABR_TARGET)),
                Integer.parseInt(values.apply(ABR_RETENTION)),
                Integer.parseInt(values.apply(ABR_MAX_BITRATE)),
                BooleanType.YES_NO.parse(values.apply(AUDIO)));
    }
}
