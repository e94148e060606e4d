package org.ptzcam.device.settings;

import java.util.Objects;
import org.ptzcam.device.AccessLevel;

/**
 * One setting: its parameter path (without {@code root.}), type, factory default, who may read and
 * write it, and where the camera manual describes it.
 */
public record SettingDef(String path, SettingType type, String defaultValue, AccessLevel readLevel,
        AccessLevel writeLevel, String description, String manualSection) {

    public SettingDef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(readLevel, "readLevel");
        Objects.requireNonNull(writeLevel, "writeLevel");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(manualSection, "manualSection");
        if (!path.matches("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+") || path.startsWith("root.")) {
            throw new IllegalArgumentException("bad setting path '" + path + "'");
        }
        if (!(type.validate(defaultValue) instanceof Validation.Valid valid) || !valid.value().equals(defaultValue)) {
            throw new IllegalArgumentException(path + ": default '" + defaultValue + "' is not a normalised valid value");
        }
        if (!writeLevel.allows(readLevel)) {
            throw new IllegalArgumentException(path + ": whoever may write a setting must be able to read it");
        }
    }

    /** Checks and normalises a raw value for this setting. */
    public Validation validate(String raw) {
        return type.validate(Objects.requireNonNull(raw, "value"));
    }
}
