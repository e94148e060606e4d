package org.ptzcam.device.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RuntimeInfoTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void uptimeCountsFromOpenAndNeverGoesNegative() {
        ManualClock clock = new ManualClock();
        RuntimeInfo runtime = new RuntimeInfo(clock);
        assertThat(runtime.uptimeSeconds()).isZero();
        clock.now = clock.now.plus(Duration.ofMillis(106_900));
        assertThat(runtime.uptimeSeconds()).isEqualTo(106);
        clock.now = clock.now.minus(Duration.ofHours(1));
        assertThat(runtime.uptimeSeconds()).isZero();
    }

    @Test
    void bootIdIsAFreshUuidPerRun() {
        RuntimeInfo a = new RuntimeInfo(Clock.systemUTC());
        RuntimeInfo b = new RuntimeInfo(Clock.systemUTC());
        assertThat(UUID.fromString(a.bootId()).toString()).isEqualTo(a.bootId());
        assertThat(a.bootId()).isNotEqualTo(b.bootId());
    }

    @Test
    void portsAreSetClearedAndChecked() {
        RuntimeInfo runtime = new RuntimeInfo(Clock.systemUTC());
        assertThat(runtime.port(RuntimeInfo.RTSP)).isEmpty();
        runtime.setPort(RuntimeInfo.RTSP, 8554);
        assertThat(runtime.port(RuntimeInfo.RTSP)).isEqualTo(OptionalInt.of(8554));
        runtime.clearPort(RuntimeInfo.RTSP);
        assertThat(runtime.port(RuntimeInfo.RTSP)).isEmpty();
        assertThatThrownBy(() -> runtime.setPort(RuntimeInfo.HTTP, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> runtime.setPort(RuntimeInfo.HTTP, 65_536)).isInstanceOf(IllegalArgumentException.class);
    }
}
