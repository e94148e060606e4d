package org.ptzcam.bench.world;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link WorldRender} (wall clock, JMH) and then the same views on thread CPU time, and prints
 * one line per view against the 120 frames/s target (issue 3: "World rendering alone: ≥ 120
 * frames/s of 1080p on one core"). The verdict uses frames per CPU-second, which a busy shared
 * machine does not dilute; exit status 1 if a view misses.
 */
public final class WorldRenderMain {

    static final double TARGET_FPS = 120;

    private WorldRenderMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(WorldRender.class.getName()).build()).run();
        boolean allMet = true;
        for (RunResult r : results) {
            String view = r.getParams().getParam("view");
            double wall = r.getPrimaryResult().getScore();
            double cpu = CpuFrameRate.measure(view, WorldRender.viewOf(view), WorldRender.timeOf(view));
            boolean met = cpu >= TARGET_FPS;
            allMet &= met;
            System.out.printf("SimulatedWorld 1080p %-6s %6.1f frames/CPU-s (wall clock %6.1f/s) vs target %.0f: %s (%.2fx)%n",
                    view, cpu, wall, TARGET_FPS, met ? "meets" : "MISSES", cpu / TARGET_FPS);
        }
        System.exit(allMet ? 0 : 1);
    }
}
