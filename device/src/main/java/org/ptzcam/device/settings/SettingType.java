package org.ptzcam.device.settings;

/** The kind of value a setting holds: how raw text is checked and normalised, and how it is documented. */
public sealed interface SettingType permits BooleanType, IntRangeType, EnumType, TextType,
        MulticastAddressType {
    /** Checks a raw value (as received, e.g. percent-decoded from param.cgi). Never throws. */
    Validation validate(String raw);

    /** The type's name in the configuration reference, e.g. {@code yes/no}, {@code integer}. */
    String kind();

    /** The allowed values in words, e.g. {@code 1 – 65535}. */
    String allowed();
}
