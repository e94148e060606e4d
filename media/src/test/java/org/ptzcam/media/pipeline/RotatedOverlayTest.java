package org.ptzcam.media.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.VideoDecoder;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.device.overlay.OverlayColor;
import org.ptzcam.device.overlay.OverlayPosition;
import org.ptzcam.device.overlay.TextOverlay;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.media.overlay.OverlayStage;
import org.ptzcam.media.overlay.PresetSupplier;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.World;

/**
 * Overlays in rotated streams, through a real pipeline and the real MJPEG encoder: the text stands
 * upright in its corner of the turned picture, is drawn once per distinct rotation whatever the
 * number of streams, and {@code #b} gets the measured bitrate of the streams the picture feeds.
 */
class RotatedOverlayTest {

    private static final int W = 320, H = 180;
    private static final Clock WALL = Clock.fixed(Instant.parse("2026-01-09T10:00:00Z"), ZoneOffset.UTC);

    /** A horizontal luma ramp with a bright block top left: any turn of it shows. */
    private static final class RampWorld implements World {
        @Override
        public void render(YuvFrame out, ViewState view, long sceneTimeMillis) {
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0; x < out.width(); x++) {
                    boolean block = x < out.width() / 8 && y < out.height() / 6;
                    out.y().put(y * out.width() + x, (byte) (block ? 250 : 30 + x * 150 / out.width()));
                }
            }
            for (int i = 0; i < out.width() * out.height() / 4; i++) {
                out.u().put(i, (byte) 128);
                out.v().put(i, (byte) 128);
            }
        }

        @Override
        public double sceneLightLux(long sceneTimeMillis) {
            return 1000;
        }
    }

    /** Counts the burns per rotation and keeps the bitrates it was handed. */
    private static final class Counting implements FrameOverlay {
        final FrameOverlay inner;
        final Map<Integer, AtomicLong> burns = new ConcurrentHashMap<>();
        final List<Double> bitrates = new CopyOnWriteArrayList<>();

        Counting(FrameOverlay inner) {
            this.inner = inner;
        }

        @Override
        public void apply(YuvFrame frame, Context context) {
            burns.computeIfAbsent(context.rotation(), r -> new AtomicLong()).incrementAndGet();
            bitrates.add(context.bitrateKbps());
            inner.apply(frame, context);
        }

        long of(int rotation) {
            AtomicLong n = burns.get(rotation);
            return n == null ? 0 : n.get();
        }
    }

    private static OverlayStage stage(String text) {
        OverlayStage stage = new OverlayStage(WALL, H, () -> "cam", PresetSupplier.none());
        stage.update(List.of(new TextOverlay(1, 1, text, OverlayPosition.parse("topLeft"), OverlayColor.WHITE,
                OverlayColor.BLACK, OverlayColor.TRANSPARENT, 30)), name -> null);
        return stage;
    }

    private static VideoPipeline pipeline(FrameOverlay overlay) {
        return new VideoPipeline(new RampWorld(), ImageStage.none(), overlay, ViewState::home,
                SceneClock.realTime(WALL), new CaptureGeometry(W, H, 10), "test", 1);
    }

    private static VideoStreamConfig mjpeg(int rotation, int compression) {
        int w = FrameRotation.rotatedWidth(W, H, rotation), h = FrameRotation.rotatedHeight(W, H, rotation);
        return new VideoStreamConfig(VideoEncoderConfig.of(VideoCodec.MJPEG, w, h, 10).withCompression(compression),
                rotation);
    }

    /** What the stream should show: the world turned, then the overlay drawn on the turned picture. */
    private static YuvFrame reference(int rotation) {
        YuvFrame world = YuvFrame.allocate(W, H, 0);
        new RampWorld().render(world, ViewState.home(), 0);
        YuvFrame turned = world;
        if (rotation != 0) {
            turned = YuvFrame.allocate(FrameRotation.rotatedWidth(W, H, rotation),
                    FrameRotation.rotatedHeight(W, H, rotation), 0);
            FrameRotation.rotate(world, rotation, turned);
        }
        stage("UP %Y").apply(turned, new FrameOverlay.Context(ViewState.home(), 0, 0, 0, -1));
        return turned;
    }

    private static YuvFrame decoded(VideoPipeline pipeline, VideoStreamConfig config) throws InterruptedException {
        AccessUnit unit = pipeline.snapshot(config, Duration.ofSeconds(20));
        assertThat(unit).as("a frame of " + config).isNotNull();
        byte[] jpeg = new byte[unit.size()];
        unit.payload().get(jpeg);
        unit.release();
        try (VideoDecoder decoder = VideoDecoder.open(VideoCodec.MJPEG)) {
            List<YuvFrame> out = new ArrayList<>(decoder.decode(new EncodedPacket(VideoCodec.MJPEG, jpeg, 0, true)));
            out.addAll(decoder.flush());
            assertThat(out).hasSize(1);
            return out.get(0);
        }
    }

    /** Luma PSNR over the top-left text box (the overlay's region in the picture as viewed). */
    private static double psnrTopLeft(YuvFrame a, YuvFrame b) {
        double se = 0;
        int n = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 120; x++) {
                double d = (a.y().get(y * a.width() + x) & 255) - (b.y().get(y * b.width() + x) & 255);
                se += d * d;
                n++;
            }
        }
        return 10 * Math.log10(255.0 * 255.0 / Math.max(1e-9, se / n));
    }

    @Test
    void textIsUprightInItsCornerOfEveryRotatedStream() throws Exception {
        try (VideoPipeline pipeline = pipeline(stage("UP %Y"))) {
            for (int rotation : new int[] {0, 90, 180, 270}) {
                YuvFrame got = decoded(pipeline, mjpeg(rotation, 10));
                YuvFrame want = reference(rotation);
                assertThat(got.width()).isEqualTo(want.width());
                assertThat(psnrTopLeft(got, want)).as("rotation %d: overlay region vs upright reference, dB", rotation)
                        .isGreaterThan(30);
            }
            // the old way (overlay first, then the turn) puts upside-down text in the far corner:
            // the same comparison tells it apart
            YuvFrame world = YuvFrame.allocate(W, H, 0);
            new RampWorld().render(world, ViewState.home(), 0);
            stage("UP %Y").apply(world, new FrameOverlay.Context(ViewState.home(), 0, 0, 0, -1));
            YuvFrame oldWay = YuvFrame.allocate(W, H, 0);
            FrameRotation.rotate(world, 180, oldWay);
            assertThat(psnrTopLeft(oldWay, reference(180))).isLessThan(20);
        }
    }

    @Test
    void oneBurnPerDistinctRotationHoweverManyStreams() throws Exception {
        Counting counting = new Counting(stage("%T"));
        try (VideoPipeline pipeline = pipeline(counting)) {
            List<Subscription> subs = new ArrayList<>();
            // three encoders: two upright (different compression), one turned 180°
            for (VideoStreamConfig c : List.of(mjpeg(0, 10), mjpeg(0, 60), mjpeg(180, 30))) {
                subs.add(pipeline.subscribe(c, () -> { }));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (subs.stream().anyMatch(s -> s.delivered() < 5) && System.nanoTime() < deadline) {
                for (Subscription s : subs) {
                    AccessUnit u;
                    while ((u = s.poll()) != null) {
                        u.release();
                    }
                }
                Thread.sleep(50);
            }
            assertThat(subs).allMatch(s -> s.delivered() >= 5);
            subs.forEach(Subscription::close);
            long captured = pipeline.capturedFrames();
            assertThat(counting.of(0)).as("upright burns for two upright streams").isPositive()
                    .isLessThanOrEqualTo(captured + 1);
            assertThat(counting.of(180)).as("turned burns").isPositive().isLessThanOrEqualTo(captured + 1);
            assertThat(counting.of(90) + counting.of(270)).isZero();
        }
    }

    @Test
    void bitrateModifierGetsTheMeasuredRateOnceAStreamHasRunASecond() throws Exception {
        Counting counting = new Counting(stage("#b kbit/s"));
        try (VideoPipeline pipeline = pipeline(counting)) {
            List<long[]> units = new CopyOnWriteArrayList<>(); // {captureNanos, bytes}
            Subscription[] sub = new Subscription[1];
            sub[0] = pipeline.subscribe(mjpeg(0, 10), () -> {
                AccessUnit u;
                while (sub[0] != null && (u = sub[0].poll()) != null) {
                    units.add(new long[] {u.captureNanos(), u.size()});
                    u.release();
                }
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (units.size() < 30 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            sub[0].close();
            assertThat(units.size()).isGreaterThanOrEqualTo(30);
            assertThat(counting.bitrates.get(0)).as("first frame: no second behind it yet").isNegative();
            // what the stream really carried over the last second before its last unit
            long end = units.get(units.size() - 1)[0];
            long bytes = units.stream().filter(u -> u[0] > end - 1_000_000_000L).mapToLong(u -> u[1]).sum();
            double actualKbps = bytes * 8 / 1000.0;
            double shown = counting.bitrates.get(counting.bitrates.size() - 1);
            assertThat(shown).as("#b vs %.0f kbit/s measured by the consumer", actualKbps)
                    .isBetween(actualKbps * 0.7, actualKbps * 1.3);
        }
    }
}
