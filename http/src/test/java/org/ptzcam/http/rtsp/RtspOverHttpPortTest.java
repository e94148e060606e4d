package org.ptzcam.http.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ptzcam.rtsp.server.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RTSP over HTTP on the Jetty HTTP port ({@code /axis-media/media.amp} GET/POST with
 * x-sessioncookie) with real clients: ffmpeg tunnels to the RTSP URL's port, so
 * {@code rtsp://host:HTTPPORT/…} with {@code -rtsp_transport http} exercises this path; GStreamer
 * likewise with {@code rtsph://host:HTTPPORT/…}.
 */
class RtspOverHttpPortTest {

    @TempDir
    static Path dataDir;

    static RtspCamera camera;

    @BeforeAll
    static void start() throws Exception {
        camera = new RtspCamera(dataDir);
    }

    @AfterAll
    static void stop() {
        camera.close();
    }

    @AfterEach
    void nothingLeaks() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(camera.rtsp.httpTunnels().open()).as("HTTP tunnels").isZero();
            assertThat(camera.rtsp.tunnelCount()).as("tunnelled RTSP connections").isZero();
            assertThat(camera.rtsp.sessionCount()).as("sessions").isZero();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"h264,h264", "h265,hevc", "jpeg,mjpeg"})
    void ffprobeThroughTheHttpPort(String codec, String ffmpegName) throws Exception {
        Tools.Run r = Tools.run(60, "ffprobe", "-v", "error", "-rtsp_transport", "http", "-show_entries",
                "stream=codec_name,width,height,r_frame_rate,avg_frame_rate", "-of", "csv=p=0",
                camera.viaHttp("rtsp", "videocodec=" + codec + "&resolution=640x360&fps=15"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).startsWith(ffmpegName + ",640,360,");
        // the rate from the SDP's a=framerate (avg_frame_rate; ffmpeg leaves it 0/0 for MJPEG) or
        // else the one ffmpeg estimates from RTP timestamps (r_frame_rate)
        String[] f = r.out().strip().split(",");
        String rate = f[4].equals("0/0") ? f[3] : f[4];
        String[] nd = rate.split("/");
        assertThat(Double.parseDouble(nd[0]) / Double.parseDouble(nd[1])).as(r.out()).isBetween(13.5, 16.5);
    }

    @Test
    void ffprobeThroughTheHttpsPort() throws Exception {
        // ffmpeg's "https" lower transport: the same tunnel over TLS (it does not verify our certificate)
        Tools.Run r = Tools.run(60, "ffprobe", "-v", "error", "-rtsp_transport", "https", "-show_entries",
                "stream=codec_name,width,height", "-of", "csv=p=0", "rtsp://127.0.0.1:" + camera.http.httpsPort()
                        + "/axis-media/media.amp?videocodec=h264&resolution=640x360&fps=15");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("h264,640,360");
    }

    @Test
    void ffmpegRecordsFiveSecondsThroughTheHttpPortWithoutDecodeErrors() throws Exception {
        Tools.Run r = Tools.run(90, "ffmpeg", "-hide_banner", "-nostats", "-loglevel", "info", "-rtsp_transport", "http",
                "-i", camera.viaHttp("rtsp", "videocodec=h264&resolution=640x360&fps=15"), "-t", "5", "-f", "null", "-");
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
    void gstreamerRtsphThroughTheHttpPortDecodesThirtyFrames(String codec) throws Exception {
        Tools.requireTool("gst-launch-1.0");
        String depay = codec.equals("h264") ? "rtph264depay ! h264parse ! avdec_h264" : "rtpjpegdepay ! jpegdec";
        String[] cmd = ("gst-launch-1.0 -q rtspsrc location=\"" + camera.viaHttp("rtsph",
                "videocodec=" + codec + "&resolution=640x360&fps=15") + "\" latency=100 ! " + depay
                + " ! fakesink num-buffers=30").split(" ");
        Tools.Run r = Tools.gstreamer(cmd);
        assertThat(r.exit()).as("gst-launch-1.0 exit; stderr: %s; stdout: %s", r.err(), r.out()).isZero();
    }

    @Test
    void theGetIsAnUnsizedUnchunkedStreamAndAPostWithoutGetIs404() throws Exception {
        try (Socket get = new Socket("127.0.0.1", camera.http.httpPort());
                Socket post = new Socket("127.0.0.1", camera.http.httpPort())) {
            get.setSoTimeout(15_000);
            post.setSoTimeout(15_000);
            // HTTP/1.1, as ffmpeg and live555 send it: Jetty must still not use chunked coding
            write(get, "GET /axis-media/media.amp?videocodec=jpeg HTTP/1.1\r\nHost: x\r\nx-sessioncookie: jetty1\r\n"
                    + "Accept: application/x-rtsp-tunnelled\r\n\r\n");
            String head = head(get);
            assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Type: application/x-rtsp-tunnelled")
                    .doesNotContainIgnoringCase("chunked").doesNotContainIgnoringCase("Content-Length");
            String options = "OPTIONS rtsp://127.0.0.1/axis-media/media.amp RTSP/1.0\r\nCSeq: 5\r\n\r\n";
            write(post, "POST /axis-media/media.amp HTTP/1.1\r\nHost: x\r\nx-sessioncookie: jetty1\r\n"
                    + "Content-Type: application/x-rtsp-tunnelled\r\nContent-Length: 32767\r\n\r\n");
            String b64 = Base64.getEncoder().encodeToString(options.getBytes(StandardCharsets.US_ASCII));
            write(post, b64.substring(0, 7));
            write(post, b64.substring(7));
            String reply = head(get);
            assertThat(reply).startsWith("RTSP/1.0 200 OK").contains("CSeq: 5").contains("Public: ");

            try (Socket lone = new Socket("127.0.0.1", camera.http.httpPort())) {
                lone.setSoTimeout(15_000);
                write(lone, "POST /axis-media/media.amp HTTP/1.1\r\nHost: x\r\nx-sessioncookie: nobody\r\n"
                        + "Content-Length: 4\r\n\r\nAAAA");
                assertThat(head(lone)).startsWith("HTTP/1.1 404");
            }
        }
    }

    @Test
    void badBase64OnTheHttpPortEndsTheTunnel() throws Exception {
        try (Socket get = new Socket("127.0.0.1", camera.http.httpPort());
                Socket post = new Socket("127.0.0.1", camera.http.httpPort())) {
            get.setSoTimeout(15_000);
            write(get, "GET /axis-media/media.amp HTTP/1.0\r\nx-sessioncookie: jetty2\r\n\r\n");
            assertThat(head(get)).startsWith("HTTP/1.1 200");
            write(post, "POST /axis-media/media.amp HTTP/1.0\r\nx-sessioncookie: jetty2\r\nContent-Length: 32767\r\n\r\n"
                    + "not base64 at all!");
            assertThat(get.getInputStream().read()).as("GET ends").isEqualTo(-1);
        }
    }

    private static void write(Socket s, String text) throws Exception {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads through the next empty line. */
    private static String head(Socket s) throws Exception {
        DataInputStream in = new DataInputStream(s.getInputStream());
        StringBuilder b = new StringBuilder();
        while (!b.toString().endsWith("\r\n\r\n")) {
            b.append((char) in.readUnsignedByte());
        }
        return b.toString();
    }
}
