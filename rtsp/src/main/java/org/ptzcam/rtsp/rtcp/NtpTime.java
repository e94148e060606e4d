package org.ptzcam.rtsp.rtcp;

/** 64-bit NTP timestamps (RFC 5905 era 0: seconds since 1900-01-01 in the high word, fraction low). */
public final class NtpTime {

    /** Seconds from 1900-01-01 to 1970-01-01. */
    public static final long UNIX_EPOCH_OFFSET = 2_208_988_800L;

    private NtpTime() {
    }

    /** The NTP timestamp of a Unix time in nanoseconds. */
    public static long fromUnixNanos(long unixNanos) {
        long seconds = Math.floorDiv(unixNanos, 1_000_000_000L);
        long nanos = Math.floorMod(unixNanos, 1_000_000_000L);
        long fraction = (nanos << 32) / 1_000_000_000L;
        return ((seconds + UNIX_EPOCH_OFFSET) << 32) | fraction;
    }

    /** The Unix time in nanoseconds of an NTP timestamp (era 0, i.e. before 2036). */
    public static long toUnixNanos(long ntp) {
        long seconds = (ntp >>> 32) - UNIX_EPOCH_OFFSET;
        long fraction = ntp & 0xffff_ffffL;
        return seconds * 1_000_000_000L + ((fraction * 1_000_000_000L) >>> 32);
    }

    /** The middle 32 bits, as receiver reports echo them in LSR. */
    public static long middle32(long ntp) {
        return (ntp >>> 16) & 0xffff_ffffL;
    }
}
