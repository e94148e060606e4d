package org.ptzcam.media.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BitrateMeterTest {

    private static final long MS = 1_000_000L;

    @Test
    void unknownForTheFirstSecondThenTheLastSecondsBytes() {
        BitrateMeter meter = new BitrateMeter();
        for (int i = 0; i < 10; i++) { // 10 fps, 1000 bytes each, 0 … 900 ms
            meter.add(i * 100 * MS, 1000);
            assertThat(meter.kbps()).isNegative();
        }
        meter.add(1000 * MS, 1000); // window (0, 1000] ms: 10 units
        assertThat(meter.kbps()).isEqualTo(80.0);
        meter.add(1100 * MS, 6000); // one big unit replaces a small one
        assertThat(meter.kbps()).isEqualTo(120.0);
    }

    @Test
    void aPauseEmptiesTheWindow() {
        BitrateMeter meter = new BitrateMeter();
        for (int i = 0; i <= 10; i++) {
            meter.add(i * 100 * MS, 500);
        }
        meter.add(5000 * MS, 250); // nothing else in the last second (dynamic FPS on a still scene)
        assertThat(meter.kbps()).isEqualTo(2.0);
    }
}
