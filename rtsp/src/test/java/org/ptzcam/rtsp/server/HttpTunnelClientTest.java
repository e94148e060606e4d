package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RTSP over HTTP tunnelling on the RTSP port with real clients: ffprobe/ffmpeg
 * {@code -rtsp_transport http} and GStreamer {@code rtsph://}. After each client the tunnel and
 * its RTSP connection are gone (nothing leaks).
 */
class HttpTunnelClientTest {

    @TempDir
    static Path dataDir;

    static TestCamera camera;

    @BeforeAll
    static void start() throws Exception {
        camera = new TestCamera(dataDir);
    }

    @AfterAll
    static void stop() {
        camera.close();
    }

    @AfterEach
    void tunnelsEnd() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(camera.server.httpTunnels().open()).as("HTTP tunnels open").isZero();
            assertThat(camera.server.tunnelCount()).as("tunnelled RTSP connections").isZero();
            assertThat(camera.server.sessionCount()).as("sessions").isZero();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"h264,h264", "h265,hevc", "jpeg,mjpeg"})
    void ffprobeSeesCodecSizeAndRateThroughTheTunnel(String codec, String ffmpegName) throws Exception {
        Tools.Run r = Tools.run(60, "ffprobe", "-v", "error", "-rtsp_transport", "http", "-show_entries",
                "stream=codec_name,width,height,r_frame_rate,avg_frame_rate", "-of", "csv=p=0",
                camera.url("videocodec=" + codec + "&resolution=640x360&fps=15"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).startsWith(ffmpegName + ",640,360,");
        // the rate from the SDP's a=framerate (avg_frame_rate; ffmpeg leaves it 0/0 for MJPEG) or
        // else the one ffmpeg estimates from RTP timestamps (r_frame_rate)
        String[] f = r.out().strip().split(",");
        String rate = f[4].equals("0/0") ? f[3] : f[4];
        String[] nd = rate.split("/");
        assertThat(Double.parseDouble(nd[0]) / Double.parseDouble(nd[1])).as(r.out()).isBetween(13.5, 16.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"h264", "h265", "jpeg"})
    void ffmpegRecordsFiveSecondsThroughTheTunnelWithoutDecodeErrors(String codec) throws Exception {
        Tools.Run r = Tools.run(90, "ffmpeg", "-hide_banner", "-nostats", "-loglevel", "info", "-rtsp_transport", "http",
                "-i", camera.url("videocodec=" + codec + "&resolution=640x360&fps=15"), "-t", "5", "-f", "null", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContainIgnoringCase("error").doesNotContain("corrupt", "concealing", "missing");
        Matcher frames = Pattern.compile("frame=\\s*(\\d+)").matcher(r.err());
        int last = 0;
        while (frames.find()) {
            last = Integer.parseInt(frames.group(1));
        }
        // 75 nominal; a loaded machine skips capture slots (never bursts), so allow 20 % fewer
        assertThat(last).as("frames decoded at 15 fps in 5 s").isBetween(60, 80);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"h264", "jpeg"})
    void gstreamerRtsphDecodesThirtyFrames(String codec) throws Exception {
        String url = camera.url("videocodec=" + codec + "&resolution=640x360&fps=15").replace("rtsp://", "rtsph://");
        Tools.Run r = Tools.gstreamer(GStreamerClientTest.pipeline(url, codec, "tcp", 30));
        assertThat(r.exit()).as("gst-launch-1.0 exit; stderr: %s; stdout: %s", r.err(), r.out()).isZero();
    }
}
