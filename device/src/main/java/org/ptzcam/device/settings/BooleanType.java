package org.ptzcam.device.settings;

import java.util.Locale;
import java.util.Set;

/**
 * A boolean. VAPIX writes most booleans as yes/no and a few groups (PTZ.Support, ImageSource) as
 * true/false; either spelling is accepted on input and the group's own spelling is stored.
 */
public record BooleanType(Style style) implements SettingType {
    public enum Style {
        YES_NO("yes", "no"), TRUE_FALSE("true", "false");

        final String on;
        final String off;

        Style(String on, String off) {
            this.on = on;
            this.off = off;
        }
    }

    public static final BooleanType YES_NO = new BooleanType(Style.YES_NO);
    public static final BooleanType TRUE_FALSE = new BooleanType(Style.TRUE_FALSE);

    private static final Set<String> ON = Set.of("yes", "true", "on", "1");
    private static final Set<String> OFF = Set.of("no", "false", "off", "0");

    public String format(boolean value) {
        return value ? style.on : style.off;
    }

    public boolean parse(String normalised) {
        return style.on.equals(normalised);
    }

    @Override
    public Validation validate(String raw) {
        String word = raw.toLowerCase(Locale.ROOT);
        if (ON.contains(word)) {
            return Validation.valid(style.on);
        }
        if (OFF.contains(word)) {
            return Validation.valid(style.off);
        }
        return Validation.invalid("must be " + style.on + " or " + style.off);
    }

    @Override
    public String kind() {
        return style.on + "/" + style.off;
    }

    @Override
    public String allowed() {
        return style.on + ", " + style.off;
    }
}
