package org.ptzcam.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageAdjustmentsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(ImageAdjustments.defaults()).isEqualTo(new ImageAdjustments(50, 50, 50, 50, 33, 36, 50,
                DayNightMode.AUTO, 50, true, IrMode.AUTO, 100, false));
    }

    @Test
    void rejectsValuesOutsideTheRanges() {
        ImageAdjustments d = ImageAdjustments.defaults();
        assertThatThrownBy(() -> d.withBrightness(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brightness");
        assertThatThrownBy(() -> d.withContrast(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withExposure(0, 36, 50)).hasMessageContaining("maxShutterMs");
        assertThatThrownBy(() -> d.withExposure(1001, 36, 50)).hasMessageContaining("maxShutterMs");
        assertThatThrownBy(() -> d.withExposure(33, 49, 50)).hasMessageContaining("maxGainDb");
        assertThatThrownBy(() -> d.withExposure(33, 36, 101)).hasMessageContaining("blurNoiseTradeoff");
        assertThatThrownBy(() -> d.withDayNight(null, 50)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> d.withIr(true, IrMode.MANUAL, 101)).hasMessageContaining("irIntensity");
        assertThatThrownBy(() -> new ImageProcessor(d, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
