package org.ptzcam.device.settings;

/** A whole number in {@code [min, max]}, written in decimal without a sign for positives. */
public record IntRangeType(long min, long max) implements SettingType {
    public IntRangeType {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
    }

    @Override
    public Validation validate(String raw) {
        if (!raw.matches("-?\\d{1,18}")) {
            return Validation.invalid("must be a whole number from " + min + " to " + max);
        }
        long value = Long.parseLong(raw);
        if (value < min || value > max) {
            return Validation.invalid("must be from " + min + " to " + max);
        }
        return Validation.valid(Long.toString(value)); // drops leading zeros
    }

    public int parse(String normalised) {
        return Integer.parseInt(normalised);
    }

    @Override
    public String kind() {
        return "integer";
    }

    @Override
    public String allowed() {
        return min + " – " + max;
    }
}
