package org.ptzcam.device.settings;

import java.util.Arrays;
import java.util.List;

/** One of a fixed list of words; matched ignoring case, stored in the listed spelling. */
public record EnumType(List<String> values) implements SettingType {
    public EnumType {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an enumeration needs at least one value");
        }
    }

    public static EnumType of(String... values) {
        return new EnumType(List.of(values));
    }

    /** The ids of an enum's constants, in declaration order. */
    public static <E extends Enum<E> & SettingEnum> EnumType of(Class<E> type) {
        return new EnumType(Arrays.stream(type.getEnumConstants()).map(SettingEnum::id).toList());
    }

    /** The constant whose id is {@code normalised} (a value this type has validated). */
    public static <E extends Enum<E> & SettingEnum> E constant(Class<E> type, String normalised) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(normalised)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " with id '" + normalised + "'");
    }

    @Override
    public Validation validate(String raw) {
        for (String value : values) {
            if (value.equalsIgnoreCase(raw)) {
                return Validation.valid(value);
            }
        }
        return Validation.invalid("must be one of " + String.join(", ", values));
    }

    @Override
    public String kind() {
        return "enumeration";
    }

    @Override
    public String allowed() {
        return String.join(", ", values);
    }
}
