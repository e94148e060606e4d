package org.ptzcam.http.rtsp;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.http.HttpConfig;
import org.ptzcam.http.HttpFace;
import org.ptzcam.media.pipeline.CaptureGeometry;
import org.ptzcam.media.pipeline.ImageStage;
import org.ptzcam.media.pipeline.SceneClock;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;
import org.ptzcam.rtsp.server.RtspServer;
import org.ptzcam.rtsp.server.RtspServerConfig;

/** A real camera with both faces: a small pipeline (640x360 at 15 fps), RTSP and HTTP/HTTPS on free ports. */
final class RtspCamera implements AutoCloseable {

    final DeviceModel device;
    final VideoPipeline video;
    final RtspServer rtsp;
    final HttpFace http;

    RtspCamera(Path dataDir) throws Exception {
        device = DeviceModel.open(dataDir, new BuildInfo("9.9.9", "2026-01-01T00:00:00Z"), Clock.systemUTC());
        video = new VideoPipeline(new SimulatedWorld(7), ImageStage.none(), ViewState::home,
                SceneClock.startingAt(Clock.systemUTC(), Instant.parse("2026-06-21T12:00:00Z"), 1),
                new CaptureGeometry(640, 360, 15), "tunnel-test", 1);
        rtsp = new RtspServer(device, () -> video, RtspServerConfig.defaults().withBind("127.0.0.1", 0));
        rtsp.start();
        http = new HttpFace(HttpConfig.of("127.0.0.1", 0, 0), device, () -> video, () -> null,
                () -> rtsp);
        http.start();
    }

    /** An RTSP URL whose host:port is the HTTP port (ffmpeg and GStreamer tunnel to the URL's port). */
    String viaHttp(String scheme, String query) {
        return scheme + "://127.0.0.1:" + http.httpPort() + "/axis-media/media.amp?" + query;
    }

    @Override
    public void close() {
        http.close();
        rtsp.close();
        video.close();
        device.close();
    }
}
