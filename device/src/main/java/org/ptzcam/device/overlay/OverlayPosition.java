package org.ptzcam.device.overlay;

import java.util.List;
import java.util.Locale;

/**
 * Where an overlay sits: a named corner or edge ({@code topLeft}, {@code top}, {@code topRight},
 * {@code bottomLeft}, {@code bottom}, {@code bottomRight}) or normalised coordinates "x,y" in −1…1
 * (−1,−1 = top left, 1,1 = bottom right). Coordinates place the overlay's box so that it always
 * stays inside the picture: x = −1 puts its left edge on the picture's left edge, x = 1 its right
 * edge on the right edge, 0 centres it (the same for y).
 *
 * @param name the named position, or null for coordinates
 * @param x    normalised horizontal position (a named one has its equivalent)
 * @param y    normalised vertical position
 */
public record OverlayPosition(String name, double x, double y) {

    public static final List<String> NAMES = List.of("topLeft", "top", "topRight", "bottomLeft", "bottom",
            "bottomRight");
    public static final OverlayPosition TOP_LEFT = parse("topLeft");

    public OverlayPosition {
        if (!(x >= -1 && x <= 1 && y >= -1 && y <= 1)) {
            throw new IllegalArgumentException("position coordinates must be in -1..1: " + x + "," + y);
        }
    }

    /** A named position or "x,y"; {@link IllegalArgumentException} otherwise. */
    public static OverlayPosition parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("position missing");
        }
        String t = text.trim();
        for (String n : NAMES) {
            if (n.equalsIgnoreCase(t)) {
                double x = n.endsWith("Left") ? -1 : n.endsWith("Right") ? 1 : 0;
                double y = n.startsWith("top") ? -1 : 1;
                return new OverlayPosition(n, x, y);
            }
        }
        String[] parts = t.split(",");
        if (parts.length == 2) {
            try {
                return at(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
            } catch (NumberFormatException e) {
                // falls through to the error naming the accepted forms
            }
        }
        throw new IllegalArgumentException("position '" + text + "' is neither one of " + NAMES
                + " nor \"x,y\" with both in -1..1");
    }

    public static OverlayPosition at(double x, double y) {
        return new OverlayPosition(null, x, y);
    }

    /** True for "x,y" positions (listed back as an array of two numbers). */
    public boolean coordinates() {
        return name == null;
    }

    /**
     * The top-left pixel of a {@code boxW × boxH} box in a {@code frameW × frameH} picture, even
     * (so chroma blocks line up). Named positions keep a small margin from the edges.
     */
    public int[] place(int frameW, int frameH, int boxW, int boxH) {
        int margin = coordinates() ? 0 : (frameH / 60) & ~1;
        int roomX = Math.max(0, frameW - boxW - 2 * margin);
        int roomY = Math.max(0, frameH - boxH - 2 * margin);
        int px = margin + (int) Math.round((x + 1) / 2 * roomX);
        int py = margin + (int) Math.round((y + 1) / 2 * roomY);
        return new int[] {px & ~1, py & ~1};
    }

    /** The API form: the name, or "x,y". */
    public String text() {
        return name != null ? name : String.format(Locale.ROOT, "%s,%s", trim(x), trim(y));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return text();
    }
}
