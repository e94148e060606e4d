package org.ptzcam.media.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProjectionTest {

    @Test
    void theImageCentreLooksAlongPanAndTilt() {
        Projection p = Projection.of(ViewState.of(123, -17, 4), 640, 360);
        assertThat(p.bearingDeg(320, 180)).isCloseTo(123, within(1e-9));
        assertThat(p.elevationDeg(320, 180)).isCloseTo(-17, within(1e-9));
    }

    @Test
    void theFrameEdgesAreHalfTheFieldOfViewAway() {
        ViewState v = ViewState.of(0, 0, 1);
        Projection p = Projection.of(v, 640, 360);
        assertThat(p.bearingDeg(640, 180)).isCloseTo(31.5, within(1e-9));
        assertThat(p.bearingDeg(0, 180)).isCloseTo(360 - 31.5, within(1e-9));
        assertThat(p.elevationDeg(320, 0)).isCloseTo(v.verticalFovDeg(16 / 9.0) / 2, within(1e-9));
    }

    @Test
    void rayAndToScreenAreInverse() {
        Projection p = Projection.of(ViewState.of(-70, 12, 7), 800, 600);
        double[] d = new double[3], s = new double[2];
        p.ray(123.25, 456.5, d);
        assertThat(p.toScreen(d[0] * 50, d[1] * 50, d[2] * 50, s)).isTrue();
        assertThat(s[0]).isCloseTo(123.25, within(1e-6));
        assertThat(s[1]).isCloseTo(456.5, within(1e-6));
        assertThat(p.toScreen(-d[0], -d[1], -d[2], s)).as("behind the camera").isFalse();
    }

    @Test
    void spheresOutsideTheViewAreCulled() {
        Projection p = Projection.of(ViewState.of(0, 0, 1), 640, 360);
        assertThat(p.sphereVisible(0, 0, 100, 1)).isTrue();
        assertThat(p.sphereVisible(0, 0, -100, 1)).as("behind").isFalse();
        assertThat(p.sphereVisible(100, 0, 10, 1)).as("far right").isFalse();
        assertThat(p.sphereVisible(100, 0, 10, 95)).as("large enough to reach in").isTrue();
    }
}
