package org.ptzcam.codec.video;

import java.time.Duration;
import java.util.Objects;

/**
 * Axis bitrate control modes. How each maps to x264/x265/SVT-AV1/MJPEG rate control is in the
 * module README ("Rate control").
 */
public sealed interface BitrateControl {

    /** What MBR gives up when the target would be exceeded. */
    enum Priority {
        /** Keep image quality; drop frames to stay under the target. */
        QUALITY,
        /** Keep every frame; lower image quality to stay under the target. */
        FRAMERATE
    }

    /** Variable bitrate: constant quality from the compression setting, no bitrate limit. */
    record Vbr() implements BitrateControl {
    }

    /**
     * Maximum bitrate: quality from the compression setting, but never above the target over a one
     * second window.
     *
     * @param targetKbps maximum bitrate in kbit/s
     * @param priority   what to sacrifice when the target is reached
     */
    record Mbr(int targetKbps, Priority priority) implements BitrateControl {
        public Mbr {
            requirePositive(targetKbps);
            Objects.requireNonNull(priority, "priority");
        }
    }

    /**
     * Average bitrate: the encoder aims at the target on average, letting short peaks through.
     *
     * @param targetKbps average bitrate in kbit/s
     * @param retention  the period over which the average is met (the media module's ABR controller
     *                   steers the encoder's rate towards it)
     * @param maxKbps    an MBR cap inside ABR ("turn on maximum bitrate"), 0 = none
     */
    record Abr(int targetKbps, Duration retention, int maxKbps) implements BitrateControl {
        public Abr {
            requirePositive(targetKbps);
            Objects.requireNonNull(retention, "retention");
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("retention time must be positive: " + retention);
            }
            if (maxKbps != 0) {
                requirePositive(maxKbps);
            }
        }

        /** ABR without a maximum bitrate. */
        public Abr(int targetKbps, Duration retention) {
            this(targetKbps, retention, 0);
        }
    }

    /** The default mode. */
    static BitrateControl vbr() {
        return new Vbr();
    }

    private static void requirePositive(int kbps) {
        if (kbps <= 0 || kbps > 1_000_000) {
            throw new IllegalArgumentException("target bitrate must be 1..1000000 kbit/s: " + kbps);
        }
    }
}
