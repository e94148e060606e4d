package org.ptzcam.device.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every settings group of the camera. A new group is one file (its record and its
 * {@code definitions}) plus one line here and an accessor in {@link Settings}.
 */
public final class SettingsCatalog {
    private SettingsCatalog() {
    }

    public static List<SettingDef> definitions(DeviceFacts facts) {
        List<SettingDef> all = new ArrayList<>(NetworkSettings.definitions(facts));
        all.addAll(CaptureSettings.definitions(facts));
        all.addAll(ImageSettings.definitions(facts));
        all.addAll(AudioSettings.definitions(facts));
        all.addAll(StreamDefaults.definitions(facts));
        all.addAll(ZipstreamSettings.definitions(facts));
        all.addAll(ClassicOverlaySettings.definitions(facts));
        all.addAll(SecuritySettings.definitions(facts));
        all.addAll(PtzSettings.definitions(facts));
        all.addAll(ViscaSettings.definitions(facts));
        all.addAll(MulticastSettings.definitions(facts));
        Set<String> seen = new HashSet<>();
        for (SettingDef def : all) {
            if (!seen.add(def.path().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalStateException("setting " + def.path() + " is defined twice");
            }
        }
        return List.copyOf(all);
    }
}
