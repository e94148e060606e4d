package org.ptzcam.http.cgi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of a VAPIX CGI call: the query string followed by the urlencoded body, in order.
 *
 * <p>Clients send bodies as urlencoded text whatever their Content-Type says (Home Assistant's
 * library posts {@code text/plain}), so the body is always parsed as urlencoded.
 */
public record CgiParams(List<Map.Entry<String, String>> entries) {

    public CgiParams {
        entries = List.copyOf(entries);
    }

    /** Parses query and body. Throws IllegalArgumentException on a malformed percent escape. */
    public static CgiParams parse(String rawQuery, String body) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        addAll(out, rawQuery);
        addAll(out, body);
        return new CgiParams(out);
    }

    private static void addAll(List<Map.Entry<String, String>> out, String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        for (String pair : encoded.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.add(Map.entry(decode(name), decode(value)));
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The first value of a parameter, names compared case-insensitively as Axis does. */
    public Optional<String> first(String name) {
        return entries.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** Every entry except the named ones, in order. */
    public List<Map.Entry<String, String>> without(String... names) {
        return entries.stream().filter(e -> {
            for (String n : names) {
                if (e.getKey().equalsIgnoreCase(n)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }
}
