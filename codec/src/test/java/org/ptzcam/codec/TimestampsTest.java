package org.ptzcam.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void nanosToNinetyKilohertzAndBack() {
        assertThat(Timestamps.toClock(1_000_000_000L, 90_000)).isEqualTo(90_000);
        assertThat(Timestamps.toClock(33_333_333L, 90_000)).isEqualTo(2999);
        assertThat(Timestamps.toClock(-1, 90_000)).isEqualTo(-1);
        // large monotonic clock values do not overflow
        long year = 365L * 24 * 3600 * 1_000_000_000L;
        assertThat(Timestamps.toClock(200 * year, 90_000)).isEqualTo(200L * 365 * 24 * 3600 * 90_000);
        for (long t : new long[] {0, 1, 2999, 3000, 89_999, 123_456_789L, -5}) {
            assertThat(Timestamps.toClock(Timestamps.toNanos(t, 90_000), 90_000)).isEqualTo(t);
            assertThat(Timestamps.toClock(Timestamps.toNanos(t, 44_100), 44_100)).isEqualTo(t);
        }
    }
}
