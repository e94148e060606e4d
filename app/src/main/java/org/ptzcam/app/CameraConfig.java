package org.ptzcam.app;

import java.nio.file.Path;
import java.time.Duration;
import org.ptzcam.app.visca.ViscaOverrides;
import org.ptzcam.device.accounts.PreviewMode;

/**
 * Where one camera keeps its state and which ports it serves. Port 0 means any free port.
 *
 * @param rtspPort the RTSP port to advertise and serve once the RTSP face exists
 * @param scene    the world the camera looks at and the time it shows
 * @param previewDuration how long after start preview mode lasts on a camera without accounts (0 = off)
 * @param visca    VISCA options of the command line, applied over the stored VISCA settings for this run
 */
public record CameraConfig(Path dataDir, String bindAddress, int httpPort, int httpsPort, int rtspPort,
                           SceneOptions scene, Duration previewDuration, ViscaOverrides visca) {

    /** No VISCA options on the command line: the stored VISCA settings alone. */
    public CameraConfig(Path dataDir, String bindAddress, int httpPort, int httpsPort, int rtspPort,
            SceneOptions scene, Duration previewDuration) {
        this(dataDir, bindAddress, httpPort, httpsPort, rtspPort, scene, previewDuration, ViscaOverrides.NONE);
    }

    /** A camera with the built-in simulated scene on the device clock. */
    public CameraConfig(Path dataDir, String bindAddress, int httpPort, int httpsPort, int rtspPort) {
        this(dataDir, bindAddress, httpPort, httpsPort, rtspPort, SceneOptions.defaults());
    }

    /** The documented default preview mode (two hours while no administrator exists). */
    public CameraConfig(Path dataDir, String bindAddress, int httpPort, int httpsPort, int rtspPort,
            SceneOptions scene) {
        this(dataDir, bindAddress, httpPort, httpsPort, rtspPort, scene, PreviewMode.DEFAULT_DURATION);
    }
}
