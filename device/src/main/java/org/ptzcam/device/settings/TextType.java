package org.ptzcam.device.settings;

/**
 * Text of {@code minLength..maxLength} characters (Unicode code points) drawn from {@code chars}.
 * Stored exactly as given: no trimming, no case change.
 */
public record TextType(int minLength, int maxLength, Chars chars) implements SettingType {
    /** Which characters a text may contain. */
    public enum Chars {
        /** Anything but control characters (no line breaks: a value is one param.cgi line). */
        PRINTABLE("any characters except control characters"),
        /** One DNS label (RFC 1123): ASCII letters, digits and '-', not first or last. */
        HOST_NAME("letters a–z A–Z, digits 0–9 and '-', not first or last");

        final String description;

        Chars(String description) {
            this.description = description;
        }

        boolean allows(int codePoint) {
            return switch (this) {
                case PRINTABLE -> !Character.isISOControl(codePoint)
                        && Character.getType(codePoint) != Character.LINE_SEPARATOR
                        && Character.getType(codePoint) != Character.PARAGRAPH_SEPARATOR;
                case HOST_NAME -> codePoint < 128 && (Character.isLetterOrDigit(codePoint) || codePoint == '-');
            };
        }

        boolean allowsWhole(String value) {
            return this != HOST_NAME || !(value.startsWith("-") || value.endsWith("-"));
        }
    }

    public TextType {
        if (minLength < 0 || maxLength < minLength) {
            throw new IllegalArgumentException("bad length range " + minLength + ".." + maxLength);
        }
    }

    public static TextType printable(int minLength, int maxLength) {
        return new TextType(minLength, maxLength, Chars.PRINTABLE);
    }

    /** A host name as Axis devices take it: one label of at most 63 characters. */
    public static TextType hostName() {
        return new TextType(1, 63, Chars.HOST_NAME);
    }

    @Override
    public Validation validate(String raw) {
        int length = raw.codePointCount(0, raw.length());
        if (length < minLength || length > maxLength) {
            return Validation.invalid("must be " + lengths() + " long");
        }
        if (!raw.codePoints().allMatch(chars::allows) || !chars.allowsWhole(raw)) {
            return Validation.invalid("may contain only " + chars.description);
        }
        return Validation.valid(raw);
    }

    @Override
    public String kind() {
        return "text";
    }

    @Override
    public String allowed() {
        return lengths() + "; " + chars.description;
    }

    private String lengths() {
        return minLength == maxLength ? minLength + " characters" : minLength + " – " + maxLength + " characters";
    }
}
