package org.ptzcam.device.settings;

/** The outcome of checking one raw value: its normalised form, or why it is refused. */
public sealed interface Validation {
    /** @param value the normalised value, the form stored and shown to clients */
    record Valid(String value) implements Validation {
    }

    /** @param reason a short phrase, e.g. "must be yes or no" */
    record Invalid(String reason) implements Validation {
    }

    static Validation valid(String value) {
        return new Valid(value);
    }

    static Validation invalid(String reason) {
        return new Invalid(reason);
    }
}
