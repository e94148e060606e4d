package org.ptzcam.device.ptz;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.ptzcam.device.settings.PtzSettings;
import org.ptzcam.device.store.Database;

/**
 * Server presets in the {@code ptz_preset} table, with an in-memory copy for reads (the parameter
 * tree lists every preset on each {@code root.PTZ} listing). Writes go to the database first.
 */
public final class PresetStore {
    private final Database database;
    private volatile TreeMap<Integer, Preset> byNumber;

    public PresetStore(Database database) {
        this.database = database;
        this.byNumber = database.read(c -> {
            TreeMap<Integer, Preset> all = new TreeMap<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT number, name, pan, tilt, zoom, focus FROM ptz_preset ORDER BY number");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    double focus = rs.getDouble(6);
                    OptionalDouble f = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(focus);
                    Preset p = new Preset(rs.getInt(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), f);
                    all.put(p.number(), p);
                }
            }
            return all;
        });
    }

    public List<Preset> all() {
        return List.copyOf(byNumber.values());
    }

    public Optional<Preset> byNumber(int number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    public Optional<Preset> byName(String name) {
        return byNumber.values().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The lowest unused number, or empty when all are used. */
    public synchronized Optional<Integer> freeNumber() {
        for (int n = 1; n <= PtzSettings.MAX_PRESETS; n++) {
            if (!byNumber.containsKey(n)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Stores a preset, replacing the one with its number; its name must not belong to another number. */
    public synchronized void put(Preset preset) {
        checkNumber(preset.number());
        byName(preset.name()).filter(other -> other.number() != preset.number()).ifPresent(other -> {
            throw new InvalidPresetException("preset name '" + preset.name() + "' is used by preset " + other.number());
        });
        database.transaction(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO ptz_preset"
                    + " (number, name, pan, tilt, zoom, focus) VALUES (?, ?, ?, ?, ?, ?)")) {
                st.setInt(1, preset.number());
                st.setString(2, preset.name());
                st.setDouble(3, preset.panDeg());
                st.setDouble(4, preset.tiltDeg());
                st.setDouble(5, preset.zoomStep());
                if (preset.focusStep().isPresent()) {
                    st.setDouble(6, preset.focusStep().getAsDouble());
                } else {
                    st.setNull(6, java.sql.Types.REAL);
                }
                return st.executeUpdate();
            }
        });
        TreeMap<Integer, Preset> next = new TreeMap<>(byNumber);
        next.put(preset.number(), preset);
        byNumber = next;
    }

    /** Removes a preset; false when there was none with that number. */
    public synchronized boolean remove(int number) {
        if (!byNumber.containsKey(number)) {
            return false;
        }
        database.transaction(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM ptz_preset WHERE number = ?")) {
                st.setInt(1, number);
                return st.executeUpdate();
            }
        });
        TreeMap<Integer, Preset> next = new TreeMap<>(byNumber);
        next.remove(number);
        byNumber = next;
        return true;
    }

    static void checkNumber(int number) {
        if (number < 1 || number > PtzSettings.MAX_PRESETS) {
            throw new InvalidPresetException("preset number must be 1 to " + PtzSettings.MAX_PRESETS);
        }
    }

    /** For the parameter tree: an unmodifiable snapshot. */
    java.util.Map<Integer, Preset> snapshot() {
        return Collections.unmodifiableMap(byNumber);
    }
}
