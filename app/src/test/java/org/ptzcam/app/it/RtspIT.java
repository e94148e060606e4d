package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The camera's RTSP face, as the banner advertises it, played by ffprobe and ffmpeg. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RtspIT {

    @TempDir
    static Path tmp;

    private CameraProcess camera;
    private int rtspPort;

    @BeforeAll
    void start() throws Exception {
        camera = CameraProcess.start(tmp.resolve("cam"));
        Matcher m = Pattern.compile("RTSP\\s+rtsp://[^:]+:(\\d+)/").matcher(String.join("\n", camera.stdoutLines()));
        assertThat(m.find()).as("banner RTSP line").isTrue();
        rtspPort = Integer.parseInt(m.group(1));
    }

    @AfterAll
    void stop() throws Exception {
        camera.close();
    }

    private String url(String query) {
        // ffmpeg and GStreamer take the credentials from the URL and answer the Digest challenge themselves
        return "rtsp://" + CameraProcess.ADMIN_USER + ":" + CameraProcess.ADMIN_PASSWORD.replace(" ", "%20")
                + "@127.0.0.1:" + rtspPort + "/axis-media/media.amp?" + query;
    }

    @Test
    void bannerPortIsTheAdvertisedParameter() throws Exception {
        assertThat(Curl.run(camera.http("/axis-cgi/param.cgi?action=list&group=Network.RTSP.Port")).body())
                .isEqualTo("root.Network.RTSP.Port=" + rtspPort + "\n");
    }

    @Test
    void ffprobeSeesH264OverUdpAndJpegOverTcp() throws Exception {
        FfTools.Run h264 = FfTools.ffprobe("-v", "error", "-rtsp_transport", "udp", "-show_entries",
                "stream=codec_name,width,height", "-of", "csv=p=0", url("videocodec=h264&resolution=1280x720&fps=30"));
        assertThat(h264.stdout().strip()).as(h264.stderr()).isEqualTo("h264,1280,720");
        FfTools.Run jpeg = FfTools.ffprobe("-v", "error", "-rtsp_transport", "tcp", "-show_entries",
                "stream=codec_name,width,height", "-of", "csv=p=0", url("videocodec=jpeg&resolution=640x360"));
        assertThat(jpeg.stdout().strip()).as(jpeg.stderr()).isEqualTo("mjpeg,640,360");
    }

    @Test
    void audioTrackFollowsTheAudioSettings() throws Exception {
        String q = "videocodec=h264&resolution=640x360&fps=15&audio=1";
        FfTools.Run aac = FfTools.ffprobe("-v", "error", "-rtsp_transport", "tcp", "-show_entries",
                "stream=codec_name,sample_rate", "-of", "csv=p=0", url(q));
        // the Audio settings' default encoding: AAC at 16 kHz
        assertThat(aac.stdout().strip().lines().toList()).as(aac.stderr()).containsExactly("h264", "aac,16000");
        FfTools.Run opus = FfTools.ffprobe("-v", "error", "-rtsp_transport", "tcp", "-show_entries",
                "stream=codec_name", "-of", "csv=p=0", url(q + "&audiocodec=opus"));
        assertThat(opus.stdout().strip().lines().toList()).as(opus.stderr()).containsExactly("h264", "opus");
        // Audio.A0.Enabled (Stream tab "include audio") is the default of audio= (vapix.md §7.1)
        String plain = "videocodec=h264&resolution=640x360&fps=15";
        FfTools.Run none = FfTools.ffprobe("-v", "error", "-rtsp_transport", "tcp", "-show_entries",
                "stream=codec_name", "-of", "csv=p=0", url(plain));
        assertThat(none.stdout().strip()).as(none.stderr()).isEqualTo("h264");
        try {
            assertThat(Curl.run(camera.http("/axis-cgi/param.cgi?action=update&Audio.A0.Enabled=yes")).body())
                    .isEqualTo("OK\n");
            FfTools.Run on = FfTools.ffprobe("-v", "error", "-rtsp_transport", "tcp", "-show_entries",
                    "stream=codec_name", "-of", "csv=p=0", url(plain));
            assertThat(on.stdout().strip().lines().toList()).as(on.stderr()).containsExactly("h264", "aac");
            FfTools.Run off = FfTools.ffprobe("-v", "error", "-rtsp_transport", "tcp", "-show_entries",
                    "stream=codec_name", "-of", "csv=p=0", url(plain + "&audio=0"));
            assertThat(off.stdout().strip()).as(off.stderr()).isEqualTo("h264");
        } finally {
            Curl.run(camera.http("/axis-cgi/param.cgi?action=update&Audio.A0.Enabled=no"));
        }
    }

    @Test
    void ffmpegRecordsFiveSecondsOverTcpWithoutErrors() throws Exception {
        Path out = tmp.resolve("five.mkv");
        FfTools.Run rec = FfTools.ffmpeg("-v", "error", "-y", "-rtsp_transport", "tcp", "-i",
                url("videocodec=h264&resolution=640x360&fps=15"), "-t", "5", "-c", "copy", out.toString());
        assertThat(rec.exitCode()).as(rec.stderr()).isZero();
        assertThat(rec.stderr()).isBlank();
        FfTools.Run probe = FfTools.ffprobe("-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                out.toString());
        assertThat(Double.parseDouble(probe.stdout().strip())).isBetween(4.5, 5.5);
        FfTools.Run decode = FfTools.ffmpeg("-v", "error", "-i", out.toString(), "-f", "null", "-");
        assertThat(decode.stderr()).isBlank();
    }

    @Test
    void ffprobeTunnelsOverTheRtspPortAndTheHttpPort() throws Exception {
        // ffmpeg tunnels RTSP in HTTP to the URL's port: the RTSP port (sniffed) and the HTTP port (Jetty);
        // the RTSP inside the tunnel logs in with Digest as on the RTSP port
        for (int port : new int[] {rtspPort, camera.httpPort()}) {
            FfTools.Run r = FfTools.ffprobe("-v", "error", "-rtsp_transport", "http", "-show_entries",
                    "stream=codec_name,width,height", "-of", "csv=p=0",
                    "rtsp://" + CameraProcess.ADMIN_USER + ":" + CameraProcess.ADMIN_PASSWORD.replace(" ", "%20")
                            + "@127.0.0.1:" + port + "/axis-media/media.amp?videocodec=h264&resolution=640x360&fps=15");
            assertThat(r.stdout().strip()).as("port %d: %s", port, r.stderr()).isEqualTo("h264,640,360");
        }
    }
}
