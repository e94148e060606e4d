package org.ptzcam.media.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DaylightTest {

    private static Daylight at(String instant) {
        return Daylight.at(Instant.parse(instant).toEpochMilli(), ZoneOffset.UTC);
    }

    @Test
    void theSunFollowsTheClock() {
        Daylight noon = at("2025-03-01T12:00:00Z");
        assertThat(noon.sunElevationDeg()).isCloseTo(Daylight.NOON_ELEVATION_DEG, within(1e-9));
        assertThat(noon.sunBearingDeg()).isCloseTo(180, within(1e-9));
        assertThat(at("2025-03-01T06:00:00Z").sunElevationDeg()).isCloseTo(0, within(1e-9));
        assertThat(at("2025-03-01T06:00:00Z").sunBearingDeg()).isCloseTo(90, within(1e-9));
        assertThat(at("2025-03-01T00:00:00Z").sunElevationDeg()).isNegative();
    }

    @Test
    void phasesAndLampsAcrossTheDay() {
        assertThat(at("2025-03-01T02:00:00Z").phase()).isEqualTo(Daylight.Phase.NIGHT);
        assertThat(at("2025-03-01T05:45:00Z").phase()).isEqualTo(Daylight.Phase.DAWN);
        assertThat(at("2025-03-01T12:00:00Z").phase()).isEqualTo(Daylight.Phase.DAY);
        assertThat(at("2025-03-01T18:15:00Z").phase()).isEqualTo(Daylight.Phase.DUSK);
        assertThat(at("2025-03-01T23:00:00Z").lampsOn()).isTrue();
        assertThat(at("2025-03-01T12:00:00Z").lampsOn()).isFalse();
    }

    @Test
    void lightRisesSteadilyFromMidnightToNoon() {
        double previousLux = 0, previousLevel = -1;
        for (int minute = 0; minute <= 12 * 60; minute += 10) {
            Daylight d = Daylight.at(Instant.parse("2025-03-01T00:00:00Z").toEpochMilli() + minute * 60_000L, ZoneOffset.UTC);
            assertThat(d.lux()).isGreaterThanOrEqualTo(previousLux);
            assertThat(d.lightLevel()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previousLevel);
            previousLux = d.lux();
            previousLevel = d.lightLevel();
        }
        assertThat(at("2025-03-01T12:00:00Z").lux()).isGreaterThan(90_000);
        assertThat(at("2025-03-01T00:00:00Z").lux()).isLessThan(0.5);
    }

    @Test
    void theDeviceTimeZoneShiftsTheDay() {
        long t = Instant.parse("2025-03-01T12:00:00Z").toEpochMilli();
        assertThat(Daylight.at(t, ZoneId.of("Asia/Tokyo")).phase()).isEqualTo(Daylight.Phase.NIGHT); // 21:00 there
        assertThat(new SimulatedWorld(1, ZoneId.of("Asia/Tokyo")).sceneLightLux(t)).isLessThan(1);
    }
}
