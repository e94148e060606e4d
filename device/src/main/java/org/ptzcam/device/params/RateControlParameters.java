package org.ptzcam.device.params;

import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.List;
import java.util.Optional;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.device.settings.StreamDefaults;

/**
 * The ABR storage estimate the manual describes ("set the target bitrate and the retention time"):
 * target × retention, in megabytes (10^6 bytes), recomputed at each listing.
 */
final class RateControlParameters {
    private RateControlParameters() {
    }

    static List<Parameter> of(Settings settings) {
        return List.of(Parameter.live("Image.I0.RateControl.ABR.StorageEstimate", VIEWER, () -> {
            StreamDefaults d = settings.streamDefaults();
            return Optional.of(Long.toString(storageMegabytes(d.abrTargetKbps(), d.abrRetentionHours() * 3600L)));
        }));
    }

    /** Bytes a stream at {@code kbps} needs over {@code seconds}, in MB, rounded up. */
    static long storageMegabytes(long kbps, long seconds) {
        return (kbps * 1000L / 8 * seconds + 999_999) / 1_000_000;
    }

    /** The target calculator the other way round: the kbit/s that fills {@code megabytes} in {@code seconds}. */
    static long targetKbps(long megabytes, long seconds) {
        return megabytes * 1_000_000L * 8 / 1000 / seconds;
    }
}
