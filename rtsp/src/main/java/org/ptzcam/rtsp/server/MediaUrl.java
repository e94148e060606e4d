package org.ptzcam.rtsp.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ptzcam.rtsp.message.RtspStatus;

/**
 * A request-URI split into the presentation path, its query arguments and the track, if any.
 * The track is a {@code trackID=N} segment anywhere (clients resolve relative control URLs
 * against a Content-Base with a query, giving both {@code media.amp/trackID=1?q} and
 * {@code media.amp?q/trackID=1}).
 *
 * @param path  e.g. {@code /axis-media/media.amp}, without trailing slash
 * @param query arguments, names lower-cased, first value wins
 * @param track the track number, if the URL names one
 */
record MediaUrl(String path, Map<String, String> query, Optional<Integer> track) {

    static final String MEDIA_PATH = "/axis-media/media.amp";
    private static final Pattern TRACK = Pattern.compile("/trackID=(\\d{1,3})");

    static MediaUrl parse(String uri) throws RtspError {
        String rest = uri;
        if (rest.regionMatches(true, 0, "rtsp://", 0, 7) || rest.regionMatches(true, 0, "rtspt://", 0, 8)) {
            int slash = rest.indexOf('/', rest.indexOf("//") + 2);
            rest = slash < 0 ? "/" : rest.substring(slash);
        }
        if (!rest.startsWith("/")) {
            throw new RtspError(RtspStatus.BAD_REQUEST, "request URI must be an rtsp:// URL or an absolute path");
        }
        Optional<Integer> track = Optional.empty();
        Matcher m = TRACK.matcher(rest);
        if (m.find()) {
            track = Optional.of(Integer.parseInt(m.group(1)));
            rest = rest.substring(0, m.start()) + rest.substring(m.end());
        }
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        String query = q < 0 ? "" : rest.substring(q + 1);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        while (query.endsWith("/")) {
            query = query.substring(0, query.length() - 1);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                args.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), value);
            } catch (IllegalArgumentException e) {
                throw new RtspError(RtspStatus.BAD_REQUEST, "malformed query argument '" + pair + "'");
            }
        }
        return new MediaUrl(path, Map.copyOf(args), track);
    }

    boolean isMedia() {
        return path.equals(MEDIA_PATH);
    }
}
