package org.ptzcam.app;

import java.nio.file.Path;

/**
 * Where one camera keeps its state and which ports it serves. Port 0 means any free port.
 *
 * @param rtspPort the RTSP port to advertise and serve once the RTSP face exists
 */
public record CameraConfig(Path dataDir, String bindAddress, int httpPort, int httpsPort, int rtspPort) {
}
