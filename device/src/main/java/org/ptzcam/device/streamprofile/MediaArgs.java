package org.ptzcam.device.streamprofile;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * media.amp arguments (vapix.md §7.1) as a stream profile's {@code parameters} holds them: a raw
 * query string. {@link #parse} checks every name against the known list and every value against its
 * syntax, so a profile never stores something a stream consumer would later refuse for its form.
 * Whether a resolution or fps fits the current capture mode is the consumer's check: that changes
 * with the capture mode, a profile does not.
 */
public final class MediaArgs {

    /** Longest {@code parameters} string accepted. */
    public static final int MAX_LENGTH = 2048;

    private static final Pattern INT = Pattern.compile("\\d{1,9}");
    private static final Pattern RESOLUTION = Pattern.compile("\\d{1,5}[xX]\\d{1,5}");
    private static final Predicate<String> ANY = v -> v.length() <= 256;

    private static final Map<String, Predicate<String>> KNOWN = Map.ofEntries(
            Map.entry("videocodec", oneOf("h264", "h265", "jpeg", "mjpeg", "av1")),
            Map.entry("resolution", v -> RESOLUTION.matcher(v).matches()),
            Map.entry("fps", range(0, 1000)),
            Map.entry("compression", range(0, 100)),
            Map.entry("camera", oneOf("1", "quad")),
            Map.entry("rotation", oneOf("0", "90", "180", "270")),
            Map.entry("audio", oneOf("0", "1")),
            Map.entry("video", oneOf("0", "1")),
            Map.entry("h264profile", oneOf("baseline", "main", "high")),
            Map.entry("videokeyframeinterval", range(1, 1000)),
            Map.entry("videobitrate", range(0, 100_000)),
            Map.entry("videomaxbitrate", range(0, 100_000)),
            Map.entry("videobitratemode", oneOf("vbr", "mbr", "abr")),
            Map.entry("videobitratepriority", oneOf("none", "framerate", "quality")),
            Map.entry("videoabrtargetbitrate", range(0, 100_000)),
            Map.entry("videoabrretentiontime", range(1, 8760 * 3600)),
            Map.entry("videoabrmaxbitrate", range(0, 100_000)),
            Map.entry("overlays", oneOf("all", "text", "image", "application", "off")),
            Map.entry("squarepixel", oneOf("0", "1")),
            Map.entry("duration", range(0, Integer.MAX_VALUE)),
            Map.entry("nbrofframes", range(0, Integer.MAX_VALUE)),
            Map.entry("event", oneOf("on", "off")),
            Map.entry("eventtopic", ANY),
            Map.entry("eventcontent", ANY),
            Map.entry("ptz", oneOf("none", "all", "status", "position")),
            Map.entry("analytics", oneOf("off", "box", "polygon")),
            // Zipstream (not for MJPEG: ignored there)
            Map.entry("videozstrength", oneOf("0", "10", "20", "30", "40", "50",
                    "off", "low", "medium", "high", "higher", "extreme")),
            Map.entry("videozgopmode", oneOf("fixed", "dynamic")),
            Map.entry("videozmaxgoplength", range(1, 1023)),
            Map.entry("videozgoplength", range(1, 1023)),
            Map.entry("videozfpsmode", oneOf("fixed", "dynamic")),
            Map.entry("videozminfps", range(1, 60)),
            Map.entry("videozprofile", oneOf("classic", "storage")),
            // deprecated text arguments: accepted and ignored, as on the hardware
            Map.entry("timestamp", ANY),
            Map.entry("clock", ANY),
            Map.entry("date", ANY),
            Map.entry("text", ANY),
            Map.entry("textstring", ANY),
            Map.entry("textcolor", ANY),
            Map.entry("textbackgroundcolor", ANY),
            Map.entry("textpos", ANY));

    /** The argument names a profile may set. */
    public static final Set<String> NAMES = KNOWN.keySet();

    private MediaArgs() {
    }

    /**
     * Splits and checks a parameters string. Names are lower-cased; the order is kept.
     *
     * @throws StreamProfileException INVALID naming the first unknown argument or bad value
     */
    public static List<Map.Entry<String, String>> parse(String parameters) throws StreamProfileException {
        if (parameters.length() > MAX_LENGTH) {
            throw invalid("parameters", "longer than " + MAX_LENGTH + " characters");
        }
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String pair : parameters.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8)
                        .toLowerCase(Locale.ROOT);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw invalid("parameters", "malformed percent-encoding in '" + pair + "'");
            }
            if (name.equals("streamprofile")) {
                throw invalid("streamprofile", "a profile cannot name another profile");
            }
            Predicate<String> check = KNOWN.get(name);
            if (check == null) {
                throw invalid(name, "unknown parameter");
            }
            if (!check.test(value.toLowerCase(Locale.ROOT))) {
                throw invalid(name, "invalid value '" + value + "'");
            }
            out.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        }
        return List.copyOf(out);
    }

    private static StreamProfileException invalid(String field, String why) {
        return new StreamProfileException(StreamProfileException.Kind.INVALID, field,
                "Invalid parameter '" + field + "': " + why);
    }

    private static Predicate<String> oneOf(String... values) {
        Set<String> set = Set.of(values);
        return set::contains;
    }

    private static Predicate<String> range(long min, long max) {
        return v -> INT.matcher(v).matches() && Long.parseLong(v) >= min && Long.parseLong(v) <= max;
    }
}
