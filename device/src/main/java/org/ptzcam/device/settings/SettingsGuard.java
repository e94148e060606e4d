package org.ptzcam.device.settings;

import java.util.Map;

/**
 * A check a value's type cannot make because it depends on other state (e.g. that
 * {@code Image.OverlayPath} names an uploaded image). Run before every change is written, with the
 * changes already type-checked and normalised; throwing refuses the whole change.
 */
@FunctionalInterface
public interface SettingsGuard {

    /** @param changes path → normalised new value, only the paths being changed */
    void check(Map<String, String> changes) throws InvalidSettingException;
}
