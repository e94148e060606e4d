package org.ptzcam.media.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ptzcam.device.ptz.ZoomLaw;

/**
 * The PTZ service (device) computes center/area-zoom targets with its own copy of the lens law;
 * the renderer (media) draws with ViewState's. They must be the same law, or a click would miss.
 */
class ZoomLawAgreementTest {

    @Test
    void sameConstants() {
        assertThat(ZoomLaw.WIDE_HFOV_DEG).isEqualTo(ViewState.WIDE_HFOV_DEG);
        assertThat(ZoomLaw.TELE_HFOV_DEG).isEqualTo(ViewState.TELE_HFOV_DEG);
        assertThat(ZoomLaw.MIN_MAGNIFICATION).isEqualTo(ViewState.MIN_ZOOM);
        assertThat(ZoomLaw.MAX_MAGNIFICATION).isEqualTo(ViewState.MAX_ZOOM);
    }

    @Test
    void sameFieldOfViewAtEveryZoom() {
        for (double mag = 1; mag <= 30; mag += 0.25) {
            assertThat(ZoomLaw.horizontalFovDeg(mag)).isEqualTo(ViewState.of(0, 0, mag).horizontalFovDeg());
            double fov = ViewState.of(0, 0, mag).horizontalFovDeg();
            assertThat(ZoomLaw.magnificationForFov(fov)).isCloseTo(ViewState.zoomForHorizontalFov(fov), within(1e-12));
        }
    }
}
