package org.ptzcam.rtsp.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.media.live.AudioInput;
import org.ptzcam.media.live.LiveAudio;
import org.ptzcam.media.pipeline.CaptureGeometry;
import org.ptzcam.media.pipeline.ImageStage;
import org.ptzcam.media.pipeline.SceneClock;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * A real camera for server tests: device model, a small real pipeline, live audio (simulated
 * microphone, AAC 16 kHz mono by default), the RTSP server on port 0. Factory-defaulted, so in
 * preview mode (media without login) until {@link #createAdmin()}.
 */
final class TestCamera implements AutoCloseable {

    static final String USER = "root";
    static final String PASSWORD = "rtsp pass";

    final DeviceModel device;
    final VideoPipeline video;
    final LiveAudio audio;
    /** The Audio settings the live audio reads (codec, rate, bitrate); tests may change them. */
    final AtomicReference<AudioInput> audioSettings = new AtomicReference<>(
            new AudioInput(false, null, 0, false, new AudioEncoderConfig(AudioCodec.AAC_LC, 16000, 1, 32)));
    /** False = audio disabled in the settings: the server sees no live audio. */
    volatile boolean audioEnabled = true;
    final RtspServer server;

    TestCamera(Path dataDir, RtspServerConfig config) throws Exception {
        device = DeviceModel.open(dataDir, new BuildInfo("9.9.9", "2026-01-01T00:00:00Z"), Clock.systemUTC());
        // small capture for speed: streams of 640x360 and below are scaled from it
        video = new VideoPipeline(new SimulatedWorld(7), ImageStage.none(), ViewState::home,
                SceneClock.startingAt(Clock.systemUTC(), Instant.parse("2026-06-21T12:00:00Z"), 1),
                new CaptureGeometry(640, 360, 15), "rtsp-test", 1);
        audio = new LiveAudio(audioSettings::get, System::currentTimeMillis, 7, "rtsp-test");
        server = new RtspServer(device, () -> video, () -> audioEnabled ? audio : null, StreamProfiles.NONE, config);
        server.start();
    }

    TestCamera(Path dataDir) throws Exception {
        this(dataDir, RtspServerConfig.defaults().withBind("127.0.0.1", 0).withSessionTimeout(Duration.ofSeconds(60)));
    }

    /** Creates the first administrator: from then on media needs {@link #USER}/{@link #PASSWORD}. */
    TestCamera createAdmin() throws Exception {
        device.credentials().accounts().createFirstAdmin(USER, PASSWORD, org.ptzcam.device.AccessLevel.ADMIN, true, "");
        return this;
    }

    /** The media URL with the administrator's credentials in it (ffmpeg and GStreamer do the Digest dance). */
    String authUrl(String query) {
        return url(query).replace("rtsp://", "rtsp://" + USER + ":" + PASSWORD.replace(" ", "%20") + "@");
    }

    String url(String query) {
        return "rtsp://127.0.0.1:" + server.port() + "/axis-media/media.amp" + (query.isEmpty() ? "" : "?" + query);
    }

    @Override
    public void close() {
        server.close();
        audio.close();
        video.close();
        device.close();
    }
}
