package org.ptzcam.media.overlay;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.ptzcam.media.view.ViewState;

/**
 * Expands overlay text modifiers for one frame: strftime {@code %} codes from the wall clock and
 * the camera's {@code #} codes (pan, tilt, zoom, preset, fps, bitrate, sequence, source, host,
 * dynamic text). Unknown codes stay as written, so a typo is visible rather than silently blank.
 * The table in media/README.md lists every code.
 */
public final class TextModifiers {

    /** {@code #z}: the zoom position scale of the hardware, 1 (wide) … 19999 (tele). */
    public static final int MAX_ZOOM_POSITION = 19999;

    private TextModifiers() {
    }

    /** True when the text has no modifier at all (it never needs re-expansion). */
    public static boolean isConstant(String template) {
        return template.indexOf('%') < 0 && template.indexOf('#') < 0;
    }

    public static String expand(String template, OverlayFacts facts) {
        if (isConstant(template)) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int n = template.length();
        for (int i = 0; i < n; i++) {
            char c = template.charAt(i);
            if ((c == '%' || c == '#') && i + 1 < n) {
                char code = template.charAt(i + 1);
                boolean done = c == '%' ? strftime(code, facts.wallClock(), out) : hash(code, facts, out);
                if (done) {
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean hash(char code, OverlayFacts f, StringBuilder out) {
        ViewState v = f.view();
        switch (code) {
            case 'x' -> out.append(fixed(v.panDeg(), 2));
            case 'y' -> out.append(fixed(v.tiltDeg(), 2));
            case 'z' -> out.append(zoomPosition(v.zoom()));
            case 'Z' -> out.append(fixed(v.zoom(), 1));
            case 'p' -> out.append(f.preset() == null ? "" : Integer.toString(f.preset().number()));
            case 'P' -> out.append(f.preset() == null ? "" : f.preset().name());
            case 'r' -> out.append(fixed(f.fps(), 1));
            case 'R' -> out.append(Math.round(f.fps()));
            case 'b' -> out.append(f.bitrateKbps() < 0 ? "" : Long.toString(Math.round(f.bitrateKbps())));
            case 'B' -> out.append(f.bitrateKbps() < 0 ? "" : fixed(f.bitrateKbps() / 1000, 1));
            case 's' -> out.append(f.sequence());
            case 'v' -> out.append(f.videoSource());
            case 'n' -> out.append(f.hostName());
            case 'D' -> out.append(f.dynamicText());
            case '#' -> out.append('#');
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Zoom 1…30× mapped linearly onto the position scale 1…19999. */
    static long zoomPosition(double zoom) {
        double t = (zoom - ViewState.MIN_ZOOM) / (ViewState.MAX_ZOOM - ViewState.MIN_ZOOM);
        return 1 + Math.round(Math.max(0, Math.min(1, t)) * (MAX_ZOOM_POSITION - 1));
    }

    private static boolean strftime(char code, ZonedDateTime t, StringBuilder out) {
        switch (code) {
            case 'Y' -> out.append(t.getYear());
            case 'y' -> two(out, t.getYear() % 100);
            case 'C' -> two(out, t.getYear() / 100);
            case 'm' -> two(out, t.getMonthValue());
            case 'd' -> two(out, t.getDayOfMonth());
            case 'e' -> out.append(t.getDayOfMonth() < 10 ? " " : "").append(t.getDayOfMonth());
            case 'j' -> out.append(String.format(Locale.ROOT, "%03d", t.getDayOfYear()));
            case 'H' -> two(out, t.getHour());
            case 'I' -> two(out, t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
            case 'M' -> two(out, t.getMinute());
            case 'S' -> two(out, t.getSecond());
            case 'p' -> out.append(t.getHour() < 12 ? "AM" : "PM");
            case 'a' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            case 'A' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            case 'b', 'h' -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            case 'B' -> out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            case 'u' -> out.append(t.getDayOfWeek().getValue());
            case 'w' -> out.append(t.getDayOfWeek().getValue() % 7);
            case 'F' -> {
                strftime('Y', t, out.append(""));
                out.append('-');
                two(out, t.getMonthValue());
                out.append('-');
                two(out, t.getDayOfMonth());
            }
            case 'T' -> time(t, out);
            case 'R' -> {
                two(out, t.getHour());
                out.append(':');
                two(out, t.getMinute());
            }
            case 'D' -> {
                two(out, t.getMonthValue());
                out.append('/');
                two(out, t.getDayOfMonth());
                out.append('/');
                two(out, t.getYear() % 100);
            }
            case 'c' -> { // C locale: "Thu Jan  9 10:00:00 2026"
                strftime('a', t, out);
                out.append(' ');
                strftime('b', t, out);
                out.append(' ');
                strftime('e', t, out);
                out.append(' ');
                time(t, out);
                out.append(' ').append(t.getYear());
            }
            case 'z' -> {
                int s = t.getOffset().getTotalSeconds();
                out.append(s < 0 ? '-' : '+');
                two(out, Math.abs(s) / 3600);
                two(out, Math.abs(s) / 60 % 60);
            }
            case 'Z' -> out.append(t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            case 's' -> out.append(t.toEpochSecond());
            case '%' -> out.append('%');
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void time(ZonedDateTime t, StringBuilder out) {
        two(out, t.getHour());
        out.append(':');
        two(out, t.getMinute());
        out.append(':');
        two(out, t.getSecond());
    }

    private static void two(StringBuilder out, int v) {
        if (v < 10) {
            out.append('0');
        }
        out.append(v);
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, decimals == 2 ? "%.2f" : "%.1f", v + 0.0); // + 0.0: no "-0.00"
    }
}
