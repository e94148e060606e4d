package org.ptzcam.device.streamprofile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.device.settings.Resolution;
import org.ptzcam.device.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three layers of the manual ("How do Image, Stream, and Stream profile settings relate…"):
 * Stream tab ← stream profile ← URL. An unknown profile falls back to the Stream tab with a log
 * line. A default resolution (from the Stream tab or a profile) is turned to the stream's
 * orientation; one the capture mode lacks, from the Stream tab only, becomes the largest offered;
 * a Stream tab fps above the mode's maximum becomes 0 (= maximum). URL values are passed on
 * untouched: the consumer validates them and answers with its protocol's error.
 */
final class StreamArgsResolver {

    private static final Logger log = LoggerFactory.getLogger(StreamArgsResolver.class);

    private enum Layer { DEFAULTS, PROFILE, URL }

    private final Settings settings;
    private final Function<String, Optional<StreamProfile>> profiles;

    StreamArgsResolver(Settings settings, Function<String, Optional<StreamProfile>> profiles) {
        this.settings = settings;
        this.profiles = profiles;
    }

    Map<String, String> resolve(List<Map.Entry<String, String>> urlArgs, boolean ordered) {
        Map<String, String> out = new LinkedHashMap<>(settings.streamDefaults().asMediaArgs());
        out.putAll(settings.zipstream().asMediaArgs());
        Map<String, Layer> from = new LinkedHashMap<>();
        out.keySet().forEach(k -> from.put(k, Layer.DEFAULTS));
        int at = indexOfProfile(urlArgs);
        if (ordered && at >= 0) {
            put(out, from, urlArgs.subList(0, at), Layer.URL, true);
        }
        if (at >= 0) {
            String name = urlArgs.get(at).getValue();
            Optional<StreamProfile> profile = profiles.apply(name);
            if (profile.isEmpty()) {
                log.info("stream profile '{}' does not exist; the stream uses the Stream tab settings", name);
            } else {
                try {
                    put(out, from, profile.get().args(), Layer.PROFILE, false);
                } catch (IllegalStateException e) {
                    log.warn("stream profile '{}' ignored: {}", name, e.getMessage());
                }
            }
        }
        put(out, from, ordered && at >= 0 ? urlArgs.subList(at + 1, urlArgs.size()) : urlArgs, Layer.URL, true);
        out.remove("streamprofile");
        fitDefaults(out, from);
        return out;
    }

    private static int indexOfProfile(List<Map.Entry<String, String>> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).getKey().equalsIgnoreCase("streamprofile")) {
                return i;
            }
        }
        return -1;
    }

    /** URL arguments: the first value of a name wins (as MediaUrl and CgiParams.first do). */
    private static void put(Map<String, String> out, Map<String, Layer> from, List<Map.Entry<String, String>> args,
            Layer layer, boolean firstWins) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : args) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("streamprofile") || (firstWins && seen.containsKey(name))) {
                continue;
            }
            seen.put(name, true);
            out.put(name, e.getValue());
            from.put(name, layer);
        }
    }

    private void fitDefaults(Map<String, String> out, Map<String, Layer> from) {
        CaptureSettings capture = settings.capture();
        if (from.get("fps") == Layer.DEFAULTS && Integer.parseInt(out.get("fps")) > capture.maxFps()) {
            out.put("fps", "0");
        }
        int rotation;
        try {
            rotation = Integer.parseInt(out.getOrDefault("rotation", Integer.toString(capture.rotation())).strip());
        } catch (NumberFormatException e) {
            return; // the consumer reports the bad rotation
        }
        boolean portrait = rotation == 90 || rotation == 270;
        Layer resolutionFrom = from.get("resolution");
        if (resolutionFrom != Layer.URL) {
            try {
                Resolution r = Resolution.parse(out.get("resolution"));
                if ((r.width() < r.height()) != portrait && r.width() != r.height()) {
                    r = new Resolution(r.height(), r.width());
                }
                List<Resolution> offered = capture.offeredResolutions().stream()
                        .map(o -> o.rotated(capture.rotation()).rotated(rotation)).toList();
                if (resolutionFrom == Layer.DEFAULTS && !offered.contains(r) && !offered.isEmpty()) {
                    r = offered.get(0);
                }
                out.put("resolution", r.toString());
            } catch (IllegalArgumentException e) {
                // a rotation the consumer refuses; leave the value to its check
            }
        }
    }
}
