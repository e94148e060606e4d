package org.ptzcam.http.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ptzcam.rtsp.server.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Axis browser player's own library (npm {@code media-stream-library} 13.1.1, its browser
 * build: WSSource → RtspParser → RtspSession → H264Depay) plays H.264 from us over
 * {@code /rtsp-over-websocket} under node 20, with the npm {@code ws} package as the WebSocket.
 * Script and pinned packages: {@code src/test/node} (install with {@code npm ci} there).
 */
class MediaStreamLibraryTest {

    private static final Path CLIENTS = Path.of("src/test/node");

    @TempDir
    static Path dataDir;

    static RtspCamera camera;

    @BeforeAll
    static void start() throws Exception {
        Tools.requireTool("node");
        if (!Files.isDirectory(CLIENTS.resolve("node_modules/media-stream-library"))
                || !Files.isDirectory(CLIENTS.resolve("node_modules/ws"))) {
            throw new AssertionError("npm packages media-stream-library and ws are not installed: run npm ci in "
                    + CLIENTS.toAbsolutePath() + " (Debian package npm)");
        }
        camera = new RtspCamera(dataDir);
    }

    @AfterAll
    static void stop() {
        if (camera != null) {
            camera.close();
        }
    }

    @Test
    void theAxisPlayerLibraryPlaysH264OverWebSocket() throws Exception {
        String ws = "ws://127.0.0.1:" + camera.http.httpPort() + "/rtsp-over-websocket";
        // the player's form: the camera's host without port, the media.amp query
        String rtsp = "rtsp://127.0.0.1/axis-media/media.amp?videocodec=h264&resolution=640x360&fps=15";
        Tools.Run r = Tools.run(60, "node", CLIENTS.resolve("rtsp-over-websocket.cjs").toString(), ws, rtsp, "30");
        assertThat(r.exit()).as("node exit; stdout: %s; stderr: %s", r.out(), r.err()).isZero();
        assertThat(r.out()).contains("sdp media H264").contains("h264 frames 30");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(camera.rtsp.tunnelCount()).isZero();
            assertThat(camera.rtsp.sessionCount()).isZero();
        });
    }
}
