package org.ptzcam.app;

import java.time.Clock;
import java.util.List;
import org.ptzcam.app.lifecycle.Lifecycle;
import org.ptzcam.app.visca.ViscaStage;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.http.HttpConfig;
import org.ptzcam.http.HttpFace;
import java.io.IOException;
import org.ptzcam.device.settings.AudioSettings;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.device.settings.ImageSettings;
import org.ptzcam.media.image.ImageProcessor;
import org.ptzcam.media.live.LiveAudio;
import org.ptzcam.media.overlay.OverlayStage;
import org.ptzcam.rtsp.server.RtspServer;
import org.ptzcam.rtsp.server.RtspServerConfig;
import org.ptzcam.rtsp.server.StreamProfiles;
import org.ptzcam.device.settings.SettingsListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ptzcam.media.pipeline.VideoPipeline;

/**
 * One camera: its device model and protocol faces, started in dependency order. Not a singleton —
 * a process may host many, each with its own data directory and ports.
 */
public final class Camera implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Camera.class);

    private final CameraConfig config;
    private final Clock clock;
    private final Lifecycle lifecycle;
    private volatile DeviceModel device;
    private volatile VideoPipeline video;
    private volatile ImageProcessor imageProcessor;
    private volatile OverlayStage overlayStage;
    private volatile LiveAudio audio;
    private volatile HttpFace http;
    private volatile RtspServer rtsp;
    private volatile ViscaStage visca;

    public Camera(CameraConfig config, BuildInfo build, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.lifecycle = new Lifecycle(List.of(
                Lifecycle.Stage.of("device model", () -> device = DeviceModel.open(config.dataDir(), build, clock,
                        config.previewDuration())),
                Lifecycle.Stage.of("video pipeline", this::startVideo),
                Lifecycle.Stage.of("audio", this::startAudio),
                Lifecycle.Stage.of("RTSP", this::startRtsp),
                Lifecycle.Stage.of("VISCA", this::startVisca),
                Lifecycle.Stage.of("HTTP/HTTPS", this::startHttp)));
    }

    private AutoCloseable startVideo() throws Exception {
        openVideo();
        SettingsListener onCapture = paths -> {
            if (CaptureSettings.affectedBy(paths)) {
                // "Save and restart": off the caller's thread, which may be an HTTP request we'd stop
                Thread.ofPlatform().name("video-restart").daemon().start(this::restartVideo);
            } else if (ImageSettings.affectedBy(paths)) {
                // the Image tab applies at once to every stream, without a restart
                imageProcessor.update(ImageSettingsMapping.toAdjustments(device.settings().image(),
                        device.settings().capture().stabilization()));
            }
        };
        device.settings().addListener(onCapture);
        // a new or changed overlay reaches the next frame of the running pipeline: no encoder restarts
        Runnable onOverlays = () -> overlayStage.update(device.overlays().drawn(), device.overlays().images()::read);
        device.overlays().addListener(onOverlays);
        return () -> {
            device.settings().removeListener(onCapture);
            device.overlays().removeListener(onOverlays);
            video.close();
        };
    }

    /** Re-creates the video pipeline with the current capture settings; viewers of the old one are ended. */
    private synchronized void restartVideo() {
        VideoPipeline old = video;
        try {
            openVideo();
            log.info("video pipeline restarted for the new capture settings");
        } catch (Exception e) {
            log.error("video pipeline could not restart; keeping the previous one: {}", e.getMessage());
            return;
        }
        old.close();
    }

    private AutoCloseable startAudio() {
        LiveAudio live = MediaStage.openAudio(device, config.scene(), clock);
        SettingsListener onAudio = paths -> {
            if (AudioSettings.affectedBy(paths)) {
                live.settingsChanged();
            }
        };
        device.settings().addListener(onAudio);
        audio = live;
        return () -> {
            device.settings().removeListener(onAudio);
            live.close();
        };
    }

    private AutoCloseable startRtsp() throws Exception {
        RtspServer server = new RtspServer(device, () -> video,
                () -> audio, device.streamProfiles()::resolve,
                RtspServerConfig.defaults().withBind(config.bindAddress(), config.rtspPort()));
        try {
            server.start();
        } catch (Exception e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof java.net.BindException)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw e;
            }
            throw new IOException("RTSP port " + config.rtspPort() + " on " + config.bindAddress() + " cannot be used ("
                    + cause.getMessage() + "); choose another with --rtsp-port (0 = any free port)", e);
        }
        device.runtime().setPort("rtsp", server.port());
        rtsp = server;
        return server;
    }

    private AutoCloseable startVisca() throws Exception {
        ViscaStage stage = ViscaStage.start(device, config.bindAddress(), config.visca());
        visca = stage;
        return stage;
    }

    /** The VISCA listeners (running or not, per the settings). */
    public ViscaStage visca() {
        return visca;
    }

    public int rtspPort() {
        return rtsp.port();
    }

    private void openVideo() throws IOException {
        MediaStage.Video v = MediaStage.open(device, config.scene(), clock);
        imageProcessor = v.processor();
        overlayStage = v.overlays();
        video = v.pipeline();
    }

    private AutoCloseable startHttp() throws Exception {
        HttpFace face = new HttpFace(HttpConfig.of(config.bindAddress(), config.httpPort(), config.httpsPort()),
                device, () -> video, () -> audio, () -> rtsp);
        face.start(); // records the live HTTP/HTTPS ports in device.runtime() itself (the policy may close one)
        http = face;
        return face;
    }

    public void start() throws Exception {
        lifecycle.start();
    }

    /** Re-creates every component in this process (used by "Save and restart"). */
    public void restart() throws Exception {
        lifecycle.restart();
    }

    public DeviceModel device() {
        return device;
    }

    public int httpPort() {
        return http.httpPort();
    }

    public int httpsPort() {
        return http.httpsPort();
    }

    /** The running video pipeline (re-created by a restart). */
    public VideoPipeline video() {
        return video;
    }

    public CameraConfig config() {
        return config;
    }

    @Override
    public void close() {
        lifecycle.close();
    }
}
