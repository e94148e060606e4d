package org.ptzcam.app;

import java.time.Clock;
import java.util.List;
import org.ptzcam.app.lifecycle.Lifecycle;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.http.HttpConfig;
import org.ptzcam.http.HttpFace;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.media.pipeline.VideoPipeline;

/**
 * One camera: its device model and protocol faces, started in dependency order. Not a singleton —
 * a process may host many, each with its own data directory and ports.
 */
public final class Camera implements AutoCloseable {

    private final CameraConfig config;
    private final Lifecycle lifecycle;
    private volatile DeviceModel device;
    private volatile VideoPipeline video;
    private volatile HttpFace http;

    public Camera(CameraConfig config, BuildInfo build, Clock clock) {
        this.config = config;
        this.lifecycle = new Lifecycle(List.of(
                Lifecycle.Stage.of("device model", () -> device = DeviceModel.open(config.dataDir(), build, clock)),
                Lifecycle.Stage.of("video pipeline", () -> video = MediaStage.open(device, config.scene(), clock)),
                Lifecycle.Stage.of("HTTP/HTTPS", this::startHttp)));
    }

    private AutoCloseable startHttp() throws Exception {
        HttpFace face = new HttpFace(HttpConfig.of(config.bindAddress(), config.httpPort(), config.httpsPort()),
                device, CallerAccess.open(), () -> video);
        face.start();
        device.runtime().setPort("http", face.httpPort());
        device.runtime().setPort("https", face.httpsPort());
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
