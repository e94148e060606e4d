package org.ptzcam.media.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.Projection;
import org.ptzcam.media.view.ViewState;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedWorldTest {

    static final long NOON = Instant.parse("2025-06-21T12:00:00Z").toEpochMilli();
    static final long MIDNIGHT = Instant.parse("2025-06-21T23:30:00Z").toEpochMilli();
    private final SimulatedWorld world = new SimulatedWorld(42);

    private YuvFrame render(ViewState view, long time) {
        return render(world, view, time, 640, 360);
    }

    static YuvFrame render(World w, ViewState view, long time, int width, int height) {
        YuvFrame f = YuvFrame.allocate(width, height, 0);
        w.render(f, view, time);
        return f;
    }

    private static byte[] bytes(YuvFrame f) {
        byte[] out = new byte[f.width() * f.height() * 3 / 2];
        f.y().get(0, out, 0, f.width() * f.height());
        f.u().get(0, out, f.width() * f.height(), f.width() * f.height() / 4);
        f.v().get(0, out, f.width() * f.height() * 5 / 4, f.width() * f.height() / 4);
        return out;
    }

    @Test
    void sameSeedTimeAndViewGiveIdenticalFrames() {
        ViewState v = ViewState.of(37, -12, 2.5);
        byte[] first = bytes(render(new SimulatedWorld(42), v, NOON + 1234, 1920, 1080));
        byte[] again = bytes(render(world, v, NOON + 1234, 1920, 1080));
        // the same instance again, after rendering something else in between
        render(ViewState.of(200, 10, 30), MIDNIGHT);
        byte[] third = bytes(render(world, v, NOON + 1234, 1920, 1080));
        assertThat(again).isEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void anotherSeedIsAnotherTown() {
        ViewState v = ViewState.of(45, -10, 1);
        assertThat(bytes(render(new SimulatedWorld(43), v, NOON, 640, 360))).isNotEqualTo(bytes(render(v, NOON)));
    }

    @Test
    void timeMovesPeopleAndCarsButNotTheTown() {
        ViewState street = ViewState.of(0, -15, 1);
        YuvFrame a = render(street, NOON), b = render(street, NOON + 1000);
        int changed = 0, total = 640 * 360;
        for (int i = 0; i < total; i++) {
            if (a.y().get(i) != b.y().get(i)) {
                changed++;
            }
        }
        assertThat(changed).as("pixels changed by a second of traffic").isGreaterThan(50).isLessThan(total / 5);
    }

    @Test
    void panningShiftsThePictureSideways() {
        YuvFrame left = render(ViewState.of(0, -5, 1), NOON), right = render(ViewState.of(10, -5, 1), NOON);
        int shift = Luma.bestShift(left, right, 0, 360, 200);
        double expected = 10 / 63.0 * 640; // ≈ 102 px; the pinhole gives 92 at the centre, 114 at the edge
        assertThat((double) shift).isCloseTo(expected, org.assertj.core.data.Offset.offset(15.0));
    }

    @Test
    void zoomingInShowsDetailNotAnUpscaledBlur() {
        // a brick house across the street: at 30× its bricks, mortar and window frames are drawn
        ViewState wide = ViewState.of(90, -5, 1), tele = ViewState.of(90, -5, 30);
        double wideDetail = Luma.detail(render(wide, NOON)), teleDetail = Luma.detail(render(tele, NOON));
        assertThat(teleDetail).isGreaterThanOrEqualTo(wideDetail / 3);
        // and everywhere in town far above what magnifying the wide picture 30× (digital zoom) shows
        for (double pan = 0; pan < 360; pan += 60) {
            YuvFrame w = render(ViewState.of(pan, -8, 1), NOON), t = render(ViewState.of(pan, -8, 30), NOON);
            assertThat(Luma.detail(t)).isGreaterThan(20 * Luma.detail(Luma.upscaledCentre(w, 30)));
        }
    }

    @Test
    void nightIsDarkerThanDay() {
        ViewState v = ViewState.of(0, 0, 1);
        double day = Luma.mean(render(v, NOON)), night = Luma.mean(render(v, MIDNIGHT));
        assertThat(night).isLessThan(day / 2);
        assertThat(world.sceneLightLux(NOON)).isGreaterThan(50_000);
        assertThat(world.sceneLightLux(MIDNIGHT)).isLessThan(1);
    }

    @Test
    void theNorthSignIsOnTheHorizonAtPanZero() {
        BearingSign north = world.bearingSigns().getFirst();
        assertThat(north.bearingDeg()).isZero();
        assertThat(north.label()).isEqualTo("N 0°");
        ViewState v = ViewState.of(0, 0, 1);
        Projection p = Projection.of(v, 640, 360);
        double cy = p.centerY() - p.focalPx() * Math.tan(Math.toRadians(north.centerElevationDeg()));
        double halfW = p.focalPx() * Math.tan(Math.toRadians(north.widthDeg() / 2)) * 0.8;
        double halfH = p.focalPx() * Math.tan(Math.toRadians(north.heightDeg() / 2)) * 0.8;
        int x0 = (int) (320 - halfW), x1 = (int) (320 + halfW), y0 = (int) (cy - halfH), y1 = (int) (cy + halfH);
        YuvFrame atZero = render(v, NOON), at15 = render(ViewState.of(15, 0, 1), NOON);
        int letters = 0, panel = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int l = Luma.at(atZero, x, y);
                letters += l > 200 ? 1 : 0;
                panel += l < 110 ? 1 : 0;
            }
        }
        int area = (x1 - x0) * (y1 - y0);
        assertThat(letters).as("white lettering").isGreaterThan(area / 10);
        assertThat(panel).as("green panel").isGreaterThan(area / 4);
        assertThat(Luma.difference(atZero, at15, x0, y0, x1, y1)).as("the sign moved away").isGreaterThan(30);
    }

    @Test
    void signsStandEveryThirtyDegrees() {
        assertThat(world.bearingSigns()).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(world.bearingSigns().get(i).bearingDeg()).isEqualTo(30.0 * i);
            assertThat(world.bearingSigns().get(i).label()).contains(String.valueOf(30 * i) + "°");
        }
    }

    @Test
    void defocusSoftensThePicture() {
        ViewState sharp = ViewState.of(30, -8, 1);
        double a = Luma.detail(render(sharp, NOON)), b = Luma.detail(render(sharp.withFocus(0.3), NOON));
        assertThat(b).isLessThan(a / 3);
    }

    @Test
    void everyViewRendersAtAnySize() {
        int[][] sizes = {{160, 90}, {322, 242}, {96, 160}};
        for (int[] size : sizes) {
            for (double pan = -180; pan < 180; pan += 45) {
                for (double tilt : new double[] {-90, -60, -30, -5, 0, 10, 20}) {
                    for (double zoom : new double[] {1, 4, 30}) {
                        YuvFrame f = render(world, ViewState.of(pan, tilt, zoom), NOON, size[0], size[1]);
                        assertThat(Luma.mean(f)).isBetween(1.0, 254.0);
                    }
                }
            }
        }
    }
}
