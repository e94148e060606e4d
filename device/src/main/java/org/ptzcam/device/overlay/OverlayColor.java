package org.ptzcam.device.overlay;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An overlay colour as the dynamic overlay API names it ({@code white}, {@code black}, {@code red}…,
 * {@code transparent}, {@code semitransparent}), with its ARGB value. Only named colours are accepted:
 * they are what the Axis API offers, and a name is what {@code list} gives back.
 *
 * @param name the API name, lower case
 * @param argb alpha in the top byte (0 = invisible, 255 = opaque)
 */
public record OverlayColor(String name, int argb) {

    private static final Map<String, Integer> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("white", 0xFFFFFFFF);
        NAMED.put("black", 0xFF000000);
        NAMED.put("red", 0xFFFF0000);
        NAMED.put("green", 0xFF00C000);
        NAMED.put("blue", 0xFF0000FF);
        NAMED.put("yellow", 0xFFFFFF00);
        NAMED.put("cyan", 0xFF00FFFF);
        NAMED.put("magenta", 0xFFFF00FF);
        NAMED.put("grey", 0xFF808080);
        NAMED.put("transparent", 0x00000000);
        // Axis' semitransparent background: black at half opacity
        NAMED.put("semitransparent", 0x80000000);
    }

    public static final OverlayColor WHITE = parse("white");
    public static final OverlayColor BLACK = parse("black");
    public static final OverlayColor TRANSPARENT = parse("transparent");

    /** The colour with this name (case-insensitive); {@link IllegalArgumentException} for any other. */
    public static OverlayColor parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("gray")) {
            key = "grey";
        }
        Integer argb = NAMED.get(key);
        if (argb == null) {
            throw new IllegalArgumentException("unknown colour '" + name + "' (one of " + String.join(", ", NAMED.keySet()) + ")");
        }
        return new OverlayColor(key, argb);
    }

    public int alpha() {
        return argb >>> 24;
    }

    public boolean invisible() {
        return alpha() == 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
