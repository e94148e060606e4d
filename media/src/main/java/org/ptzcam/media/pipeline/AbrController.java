package org.ptzcam.media.pipeline;

import org.ptzcam.codec.video.BitrateControl.Abr;

/**
 * Average bitrate (manual: Bitrate control › ABR): steers the encoder's cap so the average over
 * each retention period meets the target. Once per second of capture time it spreads what is left
 * of the period's budget ({@code target × retention − spent}) over the time left, divided by how
 * much of its cap the stream has used so far in the period (a static scene cannot fill a cap, so a
 * busy one must get more than the average). The savings of static scenes are so spent when the
 * scene gets busy, and an overspend is paid back. The cap is held between a quarter of the target
 * and the ABR maximum (or four times the target when none).
 * Pure bookkeeping on capture times: it runs as fast as the frames come, so tests can simulate
 * hours of retention in seconds.
 */
final class AbrController {

    /** How often the encoder's rate is moved. */
    static final long STEP_NANOS = 1_000_000_000L;

    private final double targetBps;
    private final long retentionNanos;
    private final double lowBps;
    private final double highBps;
    private long periodStart = Long.MIN_VALUE;
    private long nextStep;
    private double spentBits;
    private double allowedBits;
    private long lastStep;
    private int currentKbps;

    AbrController(Abr abr) {
        this.targetBps = abr.targetKbps() * 1000.0;
        this.retentionNanos = abr.retention().toNanos();
        this.lowBps = targetBps / 4;
        this.highBps = abr.maxKbps() > 0 ? abr.maxKbps() * 1000.0 : Math.min(1e9, targetBps * 4);
        this.currentKbps = abr.targetKbps();
    }

    /**
     * Accounts one encoded unit captured at {@code captureNanos}.
     *
     * @return the encoder's new rate in kbit/s when it should change now, else 0
     */
    int onUnit(long captureNanos, int bytes) {
        if (periodStart == Long.MIN_VALUE || captureNanos - periodStart >= retentionNanos) {
            periodStart = captureNanos;
            spentBits = 0;
            allowedBits = 0;
            lastStep = captureNanos;
            nextStep = captureNanos + STEP_NANOS;
        }
        spentBits += bytes * 8.0;
        if (captureNanos < nextStep) {
            return 0;
        }
        nextStep = captureNanos + STEP_NANOS;
        allowedBits += currentKbps * 1000.0 * (captureNanos - lastStep) / 1e9;
        lastStep = captureNanos;
        double elapsed = (captureNanos - periodStart) / 1e9;
        double left = retentionNanos / 1e9 - elapsed;
        double budgetLeft = targetBps * retentionNanos / 1e9 - spentBits;
        // share of the cap used so far: 1 while the cap binds, small in static scenes
        double used = allowedBits > 0 ? Math.max(0.1, Math.min(1, spentBits / allowedBits)) : 1;
        double rate = left <= 1 ? targetBps : budgetLeft / left / used;
        int kbps = (int) Math.round(Math.max(lowBps, Math.min(highBps, rate)) / 1000);
        if (kbps == currentKbps) {
            return 0;
        }
        currentKbps = kbps;
        return kbps;
    }

    /** The rate last asked of the encoder, kbit/s. */
    int currentKbps() {
        return currentKbps;
    }
}
