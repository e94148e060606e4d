package org.ptzcam.bench.rtsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.media.pipeline.CaptureGeometry;
import org.ptzcam.media.pipeline.ImageStage;
import org.ptzcam.media.pipeline.SceneClock;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;
import org.ptzcam.rtsp.server.RtspServer;
import org.ptzcam.rtsp.server.RtspServerConfig;

/**
 * Our side of the RTSP benchmarks, run as its own process so that its CPU is measured apart from
 * the load generator's: the real {@link RtspServer} and {@link VideoPipeline} (simulated world,
 * 1920×1080 capture at 30 fps, no image stage) on 127.0.0.1, a viewer limit high enough for the
 * fan-out. Prints {@code RTSP port N}; runs until its standard input closes.
 *
 * <pre>java -cp CP org.ptzcam.bench.rtsp.RtspCamera [maxViewers]</pre>
 */
public final class RtspCamera {

    private RtspCamera() {
    }

    public static void main(String[] args) throws Exception {
        int maxViewers = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("ptzcam-bench-rtsp");
        try (DeviceModel device = DeviceModel.open(dir, new BuildInfo("bench", "2026-01-01T00:00:00Z"), Clock.systemUTC());
                VideoPipeline video = new VideoPipeline(new SimulatedWorld(1), ImageStage.none(), ViewState::home,
                        SceneClock.startingAt(Clock.systemUTC(), Instant.parse("2026-06-21T12:00:00Z"), 1),
                        new CaptureGeometry(1920, 1080, 30), "bench", 2);
                RtspServer server = new RtspServer(device, () -> video,
                        RtspServerConfig.defaults().withBind("127.0.0.1", 0).withMaxViewers(maxViewers))) {
            server.start();
            System.out.println("RTSP port " + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until the benchmark closes our stdin (or dies)
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
