package org.ptzcam.device.settings;

import java.util.Set;

/**
 * Told after a committed change which setting paths now have a new value. Called on the updating
 * thread, outside any transaction and lock; read the new values from {@link Settings}.
 */
@FunctionalInterface
public interface SettingsListener {
    void changed(Set<String> paths);
}
