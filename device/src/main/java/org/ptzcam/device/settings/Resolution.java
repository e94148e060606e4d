package org.ptzcam.device.settings;

/**
 * A picture size in pixels, written {@code WIDTHxHEIGHT} as VAPIX does ({@code 1920x1080}).
 */
public record Resolution(int width, int height) {
    public Resolution {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bad resolution " + width + "x" + height);
        }
    }

    /**
     * Parses {@code WIDTHxHEIGHT} (an {@code X} is accepted too).
     *
     * @throws IllegalArgumentException if {@code text} is not two positive decimal numbers around an x
     */
    public static Resolution parse(String text) {
        if (!text.matches("\\d{1,5}[xX]\\d{1,5}")) {
            throw new IllegalArgumentException("not a resolution: '" + text + "' (expected e.g. 1920x1080)");
        }
        int x = text.toLowerCase(java.util.Locale.ROOT).indexOf('x');
        return new Resolution(Integer.parseInt(text.substring(0, x)), Integer.parseInt(text.substring(x + 1)));
    }

    /** This size turned by {@code degrees} (0, 90, 180 or 270): 90 and 270 swap width and height. */
    public Resolution rotated(int degrees) {
        return switch (degrees) {
            case 0, 180 -> this;
            case 90, 270 -> new Resolution(height, width);
            default -> throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, not " + degrees);
        };
    }

    public boolean fitsIn(Resolution other) {
        return width <= other.width && height <= other.height;
    }

    /** {@code WIDTHxHEIGHT}, e.g. {@code 1920x1080}. */
    @Override
    public String toString() {
        return width + "x" + height;
    }
}
