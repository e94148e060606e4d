package org.ptzcam.media.image;

import java.time.Instant;
import java.util.function.Consumer;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/** A simulated world feeding one image processor, frame by frame, as the video pipeline does. */
final class ImageRig {

    static final long NOON = Instant.parse("2025-06-21T12:00:00Z").toEpochMilli();
    static final long DUSK = Instant.parse("2025-06-21T18:10:00Z").toEpochMilli();
    static final long NIGHT = Instant.parse("2025-06-21T23:00:00Z").toEpochMilli();

    final SimulatedWorld world;
    final ImageProcessor processor;
    final YuvFrame frame;
    final double fps;
    ViewState view;
    long time;
    ViewState lastRendered;

    ImageRig(ImageAdjustments adj, int width, int height, double fps, ViewState view, long startMillis) {
        this(new SimulatedWorld(7), adj, width, height, fps, view, startMillis);
    }

    ImageRig(SimulatedWorld world, ImageAdjustments adj, int width, int height, double fps, ViewState view,
            long startMillis) {
        this.world = world;
        this.processor = new ImageProcessor(adj, fps, 42);
        this.frame = YuvFrame.allocate(width, height, 0);
        this.fps = fps;
        this.view = view;
        this.time = startMillis;
    }

    /** Renders and processes one frame at the current time, then advances the clock a frame. */
    YuvFrame step() {
        lastRendered = processor.viewToRender(view, time);
        world.render(frame, lastRendered, time);
        processor.process(frame, lastRendered, world.sceneLightLux(time), time);
        time += Math.round(1000 / fps);
        return frame;
    }

    /** Runs {@code n} frames; returns the last. */
    YuvFrame run(int n) {
        for (int i = 0; i < n; i++) {
            step();
        }
        return frame;
    }

    /** Runs {@code n} frames, handing each processed frame to {@code each}. */
    void run(int n, Consumer<YuvFrame> each) {
        for (int i = 0; i < n; i++) {
            each.accept(step());
        }
    }
}
