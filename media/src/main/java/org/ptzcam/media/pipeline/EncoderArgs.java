package org.ptzcam.media.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.video.BitrateControl;
import org.ptzcam.codec.video.H264Profile;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.codec.video.Zipstream;

/**
 * The encoder part of a stream's effective media.amp arguments (vapix.md §7.1, after
 * {@code StreamProfiles.resolve}): GOP length, bitrate control, Zipstream and the H.264 profile. Shared by every stream consumer
 * (MJPEG over HTTP, RTSP) so the same arguments always give the same encoder, and so share one.
 *
 * <ul>
 *   <li>{@code videokeyframeinterval=N}: GOP length 1..1000</li>
 *   <li>{@code h264profile=baseline|main|high} (H.264 only; other codecs keep the base's, so the
 *       argument never splits their streams; absent: the base's)</li>
 *   <li>{@code videobitratemode=vbr|mbr|abr} (default vbr)</li>
 *   <li>MBR: {@code videomaxbitrate} (else {@code videobitrate}) kbit/s, 0 = unlimited (VBR);
 *       {@code videobitratepriority=quality} drops frames, anything else lowers quality</li>
 *   <li>ABR: {@code videoabrtargetbitrate} (else {@code videobitrate}) kbit/s,
 *       {@code videoabrretentiontime} seconds (default 7 days), {@code videoabrmaxbitrate} cap (0 = none)</li>
 *   <li>Zipstream: {@code videozstrength=0|10|20|30|40|50} (or off, low, medium, high, higher, extreme),
 *       {@code videozgopmode=fixed|dynamic}, {@code videozmaxgoplength=1..1023} (alias
 *       {@code videozgoplength}), {@code videozfpsmode=fixed|dynamic}, {@code videozminfps=1..60},
 *       {@code videozprofile=classic|storage}</li>
 * </ul>
 */
public final class EncoderArgs {

    private static final int MAX_KBPS = 100_000;
    private static final long DEFAULT_RETENTION_S = Duration.ofDays(7).toSeconds();

    private EncoderArgs() {
    }

    /**
     * {@code base} with the GOP length and bitrate control the arguments ask for.
     *
     * @throws IllegalArgumentException naming the argument whose value is bad
     */
    public static VideoEncoderConfig apply(VideoEncoderConfig base, Map<String, String> args) {
        int gop = intArg(args, "videokeyframeinterval", base.gopLength(), 1, 1000);
        String profile = args.get("h264profile");
        // checked whatever the codec, so a typo is never silently ignored
        H264Profile h264 = profile == null ? base.h264Profile() : H264Profile.parse(profile);
        return base.withGopLength(gop).withBitrateControl(bitrateControl(args)).withZipstream(zipstream(args))
                .withH264Profile(base.codec() == VideoCodec.H264 ? h264 : base.h264Profile());
    }

    /** The Zipstream settings of the arguments (absent ones off / fixed, max GOP 1023, min fps 1). */
    public static Zipstream zipstream(Map<String, String> args) {
        int strength = strength(args.get("videozstrength"));
        String maxGopName = args.containsKey("videozgoplength") ? "videozgoplength" : "videozmaxgoplength";
        int maxGop = intArg(args, maxGopName, Zipstream.MAX_GOP, 1, Zipstream.MAX_GOP);
        boolean dynamicGop = choice(args, "videozgopmode", "fixed", "dynamic");
        boolean dynamicFps = choice(args, "videozfpsmode", "fixed", "dynamic");
        int minFps = intArg(args, "videozminfps", 1, 1, 60);
        boolean storage = choice(args, "videozprofile", "classic", "storage");
        return new Zipstream(strength, dynamicGop, maxGop, dynamicFps, minFps, storage);
    }

    private static int strength(String v) {
        if (v == null) {
            return 0;
        }
        String s = v.strip().toLowerCase(Locale.ROOT);
        int byName = Zipstream.STRENGTH_NAMES.indexOf(s);
        if (byName >= 0) {
            return Zipstream.STRENGTHS.get(byName);
        }
        try {
            int n = Integer.parseInt(s);
            if (Zipstream.STRENGTHS.contains(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("videozstrength '" + v + "' is not supported; valid: "
                + Zipstream.STRENGTHS + " or " + Zipstream.STRENGTH_NAMES);
    }

    /** False for {@code first} (the default), true for {@code second}. */
    private static boolean choice(Map<String, String> args, String name, String first, String second) {
        String v = args.get(name);
        if (v == null || v.strip().equalsIgnoreCase(first)) {
            return false;
        }
        if (v.strip().equalsIgnoreCase(second)) {
            return true;
        }
        throw new IllegalArgumentException(name + " '" + v + "' is not supported; valid: " + first + "," + second);
    }

    /** The bitrate control of the arguments; see the class comment. */
    public static BitrateControl bitrateControl(Map<String, String> args) {
        String mode = args.getOrDefault("videobitratemode", "vbr").strip().toLowerCase(Locale.ROOT);
        // every bitrate argument is checked whatever the mode, so a typo is never silently ignored
        int plain = intArg(args, "videobitrate", 0, 0, MAX_KBPS);
        int maxBitrate = intArg(args, "videomaxbitrate", 0, 0, MAX_KBPS);
        return switch (mode) {
            case "vbr" -> BitrateControl.vbr();
            case "mbr" -> {
                int target = maxBitrate == 0 ? plain : maxBitrate;
                boolean quality = args.getOrDefault("videobitratepriority", "framerate").equalsIgnoreCase("quality");
                yield target == 0 ? BitrateControl.vbr()
                        : new BitrateControl.Mbr(target, quality ? BitrateControl.Priority.QUALITY
                                : BitrateControl.Priority.FRAMERATE);
            }
            case "abr" -> {
                int target = intArg(args, "videoabrtargetbitrate", 0, 0, MAX_KBPS);
                target = target == 0 ? plain : target;
                if (target == 0) {
                    throw new IllegalArgumentException("videobitratemode abr needs videoabrtargetbitrate (kbit/s)");
                }
                long retention = intArg(args, "videoabrretentiontime", (int) DEFAULT_RETENTION_S, 1, 8760 * 3600);
                int max = intArg(args, "videoabrmaxbitrate", 0, 0, MAX_KBPS);
                yield new BitrateControl.Abr(target, Duration.ofSeconds(retention), max);
            }
            default -> throw new IllegalArgumentException("videobitratemode '" + args.get("videobitratemode")
                    + "' is not supported; valid: vbr,mbr,abr");
        };
    }

    private static int intArg(Map<String, String> args, String name, int fallback, int min, int max) {
        String v = args.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " '" + v + "' is out of range " + min + ".." + max);
    }
}
