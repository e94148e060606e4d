package org.ptzcam.rtsp.tunnel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The request line and headers of an HTTP request, as far as a tunnel needs them. Parsed from
 * the head text (up to and without the empty line); garbage gives {@link Optional#empty()}.
 *
 * @param method  e.g. GET, POST
 * @param target  the request-target as sent
 * @param version e.g. HTTP/1.0
 */
public record HttpHead(String method, String target, String version, List<String[]> headers) {

    public static final String COOKIE = "x-sessioncookie";
    public static final String TUNNELLED = "application/x-rtsp-tunnelled";

    public HttpHead {
        headers = List.copyOf(headers);
    }

    /** Parses CRLF- or LF-separated lines; obsolete folding is not needed by any tunnel client. */
    public static Optional<HttpHead> parse(String head) {
        String[] lines = head.split("\r?\n");
        if (lines.length == 0) {
            return Optional.empty();
        }
        String[] requestLine = lines[0].strip().split(" +");
        if (requestLine.length != 3 || !requestLine[2].matches("HTTP/\\d\\.\\d")) {
            return Optional.empty();
        }
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                break;
            }
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            headers.add(new String[] {lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()});
        }
        return Optional.of(new HttpHead(requestLine[0], requestLine[1], requestLine[2], headers));
    }

    /** The first header of that name (case-insensitive). */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
    }

    /** The tunnel cookie, if this is a tunnel request. */
    public Optional<String> cookie() {
        return header(COOKIE);
    }

    public boolean isGet() {
        return method.toUpperCase(Locale.ROOT).equals("GET");
    }

    public boolean isPost() {
        return method.toUpperCase(Locale.ROOT).equals("POST");
    }
}
