package org.ptzcam.device.params;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.settings.SettingDef;
import org.ptzcam.device.settings.Settings;

/**
 * One leaf of the parameter tree. Its value is read from the source on every listing; an empty
 * value means the parameter does not exist right now (e.g. a port nobody listens on).
 *
 * @param path    without {@code root.}, e.g. {@code Network.HostName}
 * @param setting present when the parameter is a setting, and so writable
 */
public record Parameter(String path, AccessLevel readLevel, Optional<SettingDef> setting,
        Supplier<Optional<String>> source) {

    public Parameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(readLevel, "readLevel");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(source, "source");
    }

    /** A read-only value fixed for the life of the camera. */
    public static Parameter fixed(String path, AccessLevel readLevel, String value) {
        Optional<String> constant = Optional.of(value);
        return new Parameter(path, readLevel, Optional.empty(), () -> constant);
    }

    /** A read-only value computed at each listing. */
    public static Parameter live(String path, AccessLevel readLevel, Supplier<Optional<String>> value) {
        return new Parameter(path, readLevel, Optional.empty(), value);
    }

    /** The view of a setting: same path, same levels, value straight from the settings store. */
    public static Parameter setting(SettingDef def, Settings settings) {
        return new Parameter(def.path(), def.readLevel(), Optional.of(def), () -> Optional.of(settings.get(def.path())));
    }

    public Optional<String> value() {
        return source.get();
    }

    public boolean readableAt(AccessLevel level) {
        return level.allows(readLevel);
    }

    public boolean writableAt(AccessLevel level) {
        return setting.isPresent() && level.allows(setting.get().writeLevel()) && readableAt(level);
    }
}
