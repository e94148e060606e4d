package org.ptzcam.device.accounts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the parameters of an {@code Authorization: Digest …} header (RFC 7616 §3.4):
 * comma-separated {@code name=token} or {@code name="quoted string"} pairs. Names are returned in
 * lower case; a repeated name, a missing {@code =}, an unterminated quote or more than
 * {@link #MAX_PARAMS} parameters is malformed.
 */
final class AuthParams {

    static final int MAX_PARAMS = 20;

    /** Thrown for text that is not a parameter list. */
    static final class MalformedException extends Exception {
        MalformedException(String message) {
            super(message);
        }
    }

    private AuthParams() {
    }

    static Map<String, String> parse(String text) throws MalformedException {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                return out;
            }
            int nameStart = i;
            while (i < n && text.charAt(i) != '=' && text.charAt(i) != ',' && text.charAt(i) != ' ') {
                i++;
            }
            String name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            if (name.isEmpty() || i >= n || text.charAt(i) != '=') {
                throw new MalformedException("parameter without value near '" + clip(text, nameStart) + "'");
            }
            i++;
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            String value;
            if (i < n && text.charAt(i) == '"') {
                StringBuilder v = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < n) {
                        v.append(text.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        v.append(c);
                    }
                }
                if (!closed) {
                    throw new MalformedException("unterminated quoted value of " + name);
                }
                value = v.toString();
            } else {
                int start = i;
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != ' ') {
                    i++;
                }
                value = text.substring(start, i);
            }
            if (out.put(name, value) != null) {
                throw new MalformedException("parameter " + name + " given twice");
            }
            if (out.size() > MAX_PARAMS) {
                throw new MalformedException("too many parameters");
            }
        }
    }

    private static String clip(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 20));
    }
}
