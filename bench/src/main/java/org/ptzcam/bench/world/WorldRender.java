package org.ptzcam.bench.world;

import java.time.Instant;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * Simulated-world rendering alone, 1920×1080, one thread: frames per second per view. Scene time
 * advances 40 ms per frame so people and cars move as in a live stream. Target: ≥ 120 frames/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class WorldRender {

    /**
     * street: the avenue north, dense buildings; plaza: looking down at people; tele: 30× on a brick
     * house; night: the street at 23:30 (all held still, as a PTZ at rest: only rows actors cross
     * are repainted); panning: the street turning 3°/s, every frame painted whole.
     */
    @Param({"street", "plaza", "tele", "night", "panning"})
    public String view;

    private SimulatedWorld world;
    private YuvFrame frame;
    private ViewState state;
    private long time;

    @Setup
    public void setUp() {
        world = new SimulatedWorld(1);
        frame = YuvFrame.allocate(1920, 1080, 0);
        state = viewOf(view);
        time = Instant.parse(timeOf(view)).toEpochMilli();
    }

    static ViewState viewOf(String name) {
        return switch (name) {
            case "street", "night", "panning" -> ViewState.of(0, 0, 1);
            case "plaza" -> ViewState.of(180, -25, 1);
            case "tele" -> ViewState.of(90, -5, 30);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static String timeOf(String name) {
        return name.equals("night") ? "2025-06-21T23:30:00Z" : "2025-06-21T12:00:00Z";
    }

    /** The view of the next frame: the same, or for "panning" 0.12° on. */
    static ViewState next(String name, ViewState v) {
        return name.equals("panning") ? v.withPan(v.panDeg() + 0.12) : v;
    }

    @Benchmark
    public YuvFrame render1080p() {
        time += 40;
        state = next(view, state);
        world.render(frame, state, time);
        return frame;
    }
}
