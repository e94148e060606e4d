package org.ptzcam.bench.overlay;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.device.overlay.ImageOverlay;
import org.ptzcam.device.overlay.Overlay;
import org.ptzcam.device.overlay.OverlayColor;
import org.ptzcam.device.overlay.OverlayPosition;
import org.ptzcam.device.overlay.TextOverlay;
import org.ptzcam.media.overlay.OverlayStage;
import org.ptzcam.media.overlay.PresetSupplier;

/** The overlay sets the benchmarks draw on a 1080p frame, and a clock that advances one frame at a time. */
final class OverlayScenes {

    static final int W = 1920, H = 1080;
    /** Font size of the clock, the same as the ffmpeg drawtext peer's. */
    static final int CLOCK_FONT = 36;

    private OverlayScenes() {
    }

    /** A wall clock moved by hand: 40 ms a frame, so the clock text changes every 25th frame. */
    static final class FrameClock extends Clock {
        Instant now = Instant.parse("2026-01-09T10:00:00Z");

        void advance(long millis) {
            now = now.plusMillis(millis);
        }

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

    static TextOverlay clock() {
        return new TextOverlay(1, 1, "%F %T", OverlayPosition.TOP_LEFT, OverlayColor.WHITE,
                OverlayColor.parse("semitransparent"), OverlayColor.TRANSPARENT, CLOCK_FONT);
    }

    /** "clock": the date/time only; "three": clock, a PTZ position text and a 300×150 logo. */
    static List<Overlay> scene(String name) {
        if (name.equals("clock")) {
            return List.of(clock());
        }
        return List.of(clock(),
                new TextOverlay(2, 1, "Pan #x Tilt #y Zoom #Z", OverlayPosition.parse("bottomLeft"), OverlayColor.WHITE,
                        OverlayColor.TRANSPARENT, OverlayColor.BLACK, 0),
                new ImageOverlay(3, 1, "logo.png", OverlayPosition.parse("topRight")));
    }

    static BufferedImage logo() {
        BufferedImage image = new BufferedImage(300, 150, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 300; x++) {
                image.setRGB(x, y, ((x + y) / 10 % 2 == 0 ? 0xC0 : 0x60) << 24 | 0x2060E0);
            }
        }
        return image;
    }

    static OverlayStage stage(String scene, FrameClock clock) {
        OverlayStage stage = new OverlayStage(clock, H, () -> "bench", PresetSupplier.none());
        BufferedImage logo = logo();
        stage.update(scene(scene), name -> logo);
        return stage;
    }

    static YuvFrame grey() {
        YuvFrame f = YuvFrame.allocate(W, H, 0);
        for (int i = 0; i < W * H; i++) {
            f.y().put(i, (byte) 120);
        }
        return f;
    }
}
