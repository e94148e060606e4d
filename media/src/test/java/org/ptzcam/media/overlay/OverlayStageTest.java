package org.ptzcam.media.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ptzcam.media.overlay.Frames.ctx;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.device.overlay.ImageOverlay;
import org.ptzcam.device.overlay.Overlay;
import org.ptzcam.device.overlay.OverlayColor;
import org.ptzcam.device.overlay.OverlayPosition;
import org.ptzcam.device.overlay.TextOverlay;
import org.ptzcam.media.view.ViewState;

class OverlayStageTest {

    /** A wall clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-09T10:00:00.100Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    private OverlayStage stage() {
        return new OverlayStage(clock, 1080, () -> "cam", PresetSupplier.none());
    }

    static TextOverlay text(int id, String s, String position) {
        return new TextOverlay(id, 1, s, OverlayPosition.parse(position), OverlayColor.WHITE, OverlayColor.BLACK,
                OverlayColor.TRANSPARENT, 0);
    }

    private static YuvFrame grey() {
        return Frames.flat(640, 360, 128, 128, 128);
    }

    @Test
    void textIsDrawnOnlyInItsCornerAndRedrawnOnlyWhenTheTextChanges() {
        OverlayStage stage = stage();
        stage.update(List.of(text(1, "%T", "bottomRight")), name -> null);
        YuvFrame first = null;
        for (int i = 0; i < 10; i++) {
            YuvFrame f = grey();
            stage.apply(f, ctx(ViewState.home(), i, i * 40_000_000L));
            clock.now = clock.now.plusMillis(40); // 10 frames: 10:00:00.10 … 10:00:00.46, same second
            if (first == null) {
                first = f;
            }
        }
        assertThat(stage.renders()).isEqualTo(1);
        int[] box = Frames.changed(grey(), first);
        assertThat(box[4]).isPositive();
        assertThat(box[0]).isGreaterThan(640 / 2);   // right half
        assertThat(box[1]).isGreaterThan(360 * 3 / 4); // bottom quarter
        assertThat(box[2]).isLessThan(640);
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        YuvFrame later = grey();
        stage.apply(later, ctx(ViewState.home(), 11, 11 * 40_000_000L));
        assertThat(stage.renders()).isEqualTo(2);
        assertThat(Frames.changed(first, later)[4]).isPositive(); // a different second is drawn
    }

    @Test
    void panTextFollowsTheView() {
        OverlayStage stage = stage();
        stage.update(List.of(text(1, "pan #x", "topLeft")), name -> null);
        YuvFrame a = grey(), b = grey(), c = grey();
        stage.apply(a, ctx(ViewState.of(10, 0, 1), 0, 0));
        stage.apply(b, ctx(ViewState.of(10, -20, 1), 1, 40_000_000L)); // tilt changed: pan text unchanged
        stage.apply(c, ctx(ViewState.of(-45.5, 0, 1), 2, 80_000_000L));
        assertThat(stage.renders()).isEqualTo(2);
        assertThat(Frames.changed(a, b)[4]).isZero();
        assertThat(Frames.changed(a, c)[4]).isPositive();
        assertThat(Frames.changed(c, reference("pan -45.50", "topLeft"))[4]).isZero();
    }

    private YuvFrame reference(String plain, String position) {
        OverlayStage other = stage();
        other.update(List.of(text(7, plain, position)), name -> null);
        YuvFrame f = grey();
        other.apply(f, ctx(ViewState.home(), 0, 0));
        return f;
    }

    @Test
    void updatesApplyFromTheNextFrameAndRemovalLeavesTheFrameUntouched() {
        OverlayStage stage = stage();
        stage.update(List.of(text(1, "A", "top")), name -> null);
        YuvFrame f = grey();
        stage.apply(f, ctx(ViewState.home(), 0, 0));
        assertThat(Frames.changed(grey(), f)[4]).isPositive();
        stage.update(List.of(), name -> null);
        YuvFrame g = grey();
        stage.apply(g, ctx(ViewState.home(), 1, 1));
        assertThat(Frames.changed(grey(), g)[4]).isZero();
    }

    @Test
    void fontSizeScalesWithTheCaptureHeight() {
        OverlayStage stage = stage();
        stage.update(List.of(new TextOverlay(1, 1, "Size", OverlayPosition.TOP_LEFT, OverlayColor.WHITE,
                OverlayColor.BLACK, OverlayColor.TRANSPARENT, 60)), name -> null);
        YuvFrame full = Frames.flat(1920, 1080, 128, 128, 128);
        YuvFrame third = Frames.flat(640, 360, 128, 128, 128);
        stage.apply(full, ctx(ViewState.home(), 0, 0));
        stage.apply(third, ctx(ViewState.home(), 1, 1));
        int[] big = Frames.changed(Frames.flat(1920, 1080, 128, 128, 128), full);
        int[] small = Frames.changed(grey(), third);
        double ratio = (double) (big[3] - big[1]) / (small[3] - small[1]);
        assertThat(ratio).isBetween(2.6, 3.4);
    }

    @Test
    void imageOverlayIsBlendedAtItsPositionAtNativeSize() {
        BufferedImage logo = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                logo.setRGB(x, y, x < 20 ? 0xFFFFFFFF : 0x00000000); // left half white, right half clear
            }
        }
        OverlayStage stage = new OverlayStage(clock, 360, () -> "cam", PresetSupplier.none());
        Overlay o = new ImageOverlay(3, 1, "logo.png", OverlayPosition.at(0, 0));
        stage.update(List.of(o), Map.of("logo.png", logo)::get);
        YuvFrame f = grey();
        stage.apply(f, ctx(ViewState.home(), 0, 0));
        // centred: box (300,170)-(340,190); only the opaque left half shows
        assertThat(Frames.changed(grey(), f)).containsExactly(300, 170, 319, 189, 400);
        assertThat(Frames.y(f, 305, 175)).isEqualTo(255);
    }
}
