package org.ptzcam.http;

import java.time.Clock;
import java.time.Instant;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.media.pipeline.CaptureGeometry;
import org.ptzcam.media.pipeline.ImageStage;
import org.ptzcam.media.pipeline.SceneClock;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/** A real video pipeline (simulated world, real encoders) sized by the device's capture settings. */
final class TestVideo {

    private TestVideo() {
    }

    static VideoPipeline pipeline(DeviceModel device) {
        var capture = device.settings().capture();
        return new VideoPipeline(new SimulatedWorld(7), ImageStage.none(), ViewState::home,
                SceneClock.startingAt(Clock.systemUTC(), Instant.parse("2026-06-21T12:00:00Z"), 1),
                new CaptureGeometry(capture.captureMode().width(), capture.captureMode().height(), capture.maxFps()),
                "test", 1);
    }
}
