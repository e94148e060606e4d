package org.ptzcam.device.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Merges stored values over defaults, tolerating rows an older or newer ptzcam left behind. */
final class StoredValues {
    private static final Logger LOG = LoggerFactory.getLogger(StoredValues.class);

    private StoredValues() {
    }

    static Map<String, String> effective(Map<String, String> stored, List<SettingDef> definitions) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingDef def : definitions) {
            String raw = stored.get(def.path());
            String value = def.defaultValue();
            if (raw != null) {
                switch (def.validate(raw)) {
                    case Validation.Valid valid -> value = valid.value();
                    // e.g. a range narrowed since it was written: keep the row, use the default
                    case Validation.Invalid invalid -> LOG.warn("stored {}='{}' is no longer valid ({}); using default '{}'",
                            def.path(), raw, invalid.reason(), def.defaultValue());
                }
            }
            values.put(def.path(), value);
        }
        stored.keySet().stream()
                .filter(path -> values.get(path) == null)
                .forEach(path -> LOG.info("ignoring stored value of unknown setting {}", path));
        return Collections.unmodifiableMap(values);
    }
}
