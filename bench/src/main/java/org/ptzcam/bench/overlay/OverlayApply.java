package org.ptzcam.bench.overlay;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.overlay.OverlayStage;
import org.ptzcam.media.pipeline.FrameOverlay;
import org.ptzcam.media.view.ViewState;

/**
 * The overlay stage's cost per 1080p frame: modifiers expanded, the text re-drawn when it changes
 * (the clock advances 40 ms a frame: once every 25 frames), every overlay blended. The frame is
 * not reset between calls: blending costs the same whatever the pixels.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class OverlayApply {

    @Param({"clock", "three"})
    public String scene;

    private OverlayScenes.FrameClock clock;
    private OverlayStage stage;
    private YuvFrame frame;
    private long sequence;
    private ViewState view = ViewState.of(12.5, -3, 2);

    @Setup
    public void setup() {
        clock = new OverlayScenes.FrameClock();
        stage = OverlayScenes.stage(scene, clock);
        frame = OverlayScenes.grey();
    }

    @Benchmark
    public YuvFrame apply() {
        clock.advance(40);
        sequence++;
        if (sequence % 50 == 0) {
            view = view.withPan(view.panDeg() + 0.5); // a slow pan: the position text changes twice a second
        }
        stage.apply(frame, new FrameOverlay.Context(view, sequence, sequence * 40_000_000L, 0, -1));
        return frame;
    }
}
