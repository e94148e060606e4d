package org.ptzcam.media.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewStateTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "190, -170", "-190, 170", "180, 180", "-180, 180", "360, 0", "540, 180", "-370, -10", "725, 5"})
    void panIsEndlessAndWrapsIntoMinus180To180(double in, double expected) {
        assertThat(ViewState.of(in, 0, 1).panDeg()).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"-100, -90", "-90, -90", "-45, -45", "20, 20", "35, 20"})
    void tiltIsClampedToMinus90To20(double in, double expected) {
        assertThat(ViewState.of(0, in, 1).tiltDeg()).isEqualTo(expected);
    }

    @Test
    void zoomAndFocusAreClamped() {
        assertThat(ViewState.of(0, 0, 0.2).zoom()).isEqualTo(1);
        assertThat(ViewState.of(0, 0, 45).zoom()).isEqualTo(30);
        assertThat(new ViewState(0, 0, 1, -1).focus()).isZero();
        assertThat(new ViewState(0, 0, 1, 3).focus()).isEqualTo(1);
    }

    @Test
    void nonFiniteValuesAreRejected() {
        assertThatThrownBy(() -> ViewState.of(Double.NaN, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ViewState.of(0, Double.POSITIVE_INFINITY, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zoomMapsToTheDatasheetFieldOfView() {
        assertThat(ViewState.of(0, 0, 1).horizontalFovDeg()).isCloseTo(63, within(1e-9));
        assertThat(ViewState.of(0, 0, 30).horizontalFovDeg()).isCloseTo(2.1, within(1e-9));
        // in between the law is the tan law with a slightly stronger magnification
        assertThat(ViewState.of(0, 0, 10).horizontalFovDeg()).isBetween(6.0, 7.1);
    }

    @Test
    void fieldOfViewShrinksSteadilyWithZoom() {
        double previous = 180;
        for (double z = 1; z <= 30; z += 0.25) {
            double fov = ViewState.of(0, 0, z).horizontalFovDeg();
            assertThat(fov).isLessThan(previous);
            previous = fov;
        }
    }

    @Test
    void zoomForFieldOfViewInvertsTheLaw() {
        for (double z : new double[] {1, 2.5, 7, 18, 30}) {
            double fov = ViewState.of(0, 0, z).horizontalFovDeg();
            assertThat(ViewState.zoomForHorizontalFov(fov)).isCloseTo(z, within(1e-9));
        }
    }

    @Test
    void verticalFieldOfViewFollowsTheAspectRatio() {
        ViewState v = ViewState.of(0, 0, 1);
        double expected = 2 * Math.toDegrees(Math.atan(Math.tan(Math.toRadians(31.5)) * 9 / 16));
        assertThat(v.verticalFovDeg(16 / 9.0)).isCloseTo(expected, within(1e-9)).isCloseTo(38.0, within(0.1));
        assertThat(v.verticalFovDeg(1)).isCloseTo(63, within(1e-9));
    }

    @Test
    void withersKeepTheOtherValues() {
        ViewState v = new ViewState(10, -5, 3, 0.5).withPan(200).withZoom(40);
        assertThat(v).isEqualTo(new ViewState(-160, -5, 30, 0.5));
        assertThat(v.withTilt(-95).withFocus(1)).isEqualTo(new ViewState(-160, -90, 30, 1));
    }
}
