package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ffprobe and ffmpeg (Debian ffmpeg 5.1) against the server in-process with a real pipeline. */
class FfmpegClientTest {

    @TempDir
    static Path dataDir;

    static TestCamera camera;

    @BeforeAll
    static void start() throws Exception {
        camera = new TestCamera(dataDir).createAdmin();
    }

    @AfterAll
    static void stop() {
        camera.close();
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({"h264,tcp,h264", "h264,udp,h264", "h265,tcp,hevc", "h265,udp,hevc", "jpeg,tcp,mjpeg", "jpeg,udp,mjpeg"})
    void ffprobeSeesCodecAndSize(String codec, String transport, String ffmpegName) throws Exception {
        Tools.Run r = Tools.run(60, "ffprobe", "-v", "error", "-rtsp_transport", transport, "-show_entries",
                "stream=codec_name,width,height", "-of", "csv=p=0",
                camera.authUrl("videocodec=" + codec + "&resolution=640x360&fps=15"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo(ffmpegName + ",640,360");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"h264", "h265", "jpeg"})
    void ffmpegRecordsFiveSecondsOverTcpWithoutDecodeErrors(String codec) throws Exception {
        Tools.Run r = Tools.run(90, "ffmpeg", "-hide_banner", "-nostats", "-loglevel", "info", "-rtsp_transport", "tcp",
                "-i", camera.authUrl("videocodec=" + codec + "&resolution=640x360&fps=15"), "-t", "5", "-f", "null", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContainIgnoringCase("error").doesNotContain("corrupt", "concealing", "missing");
        double seconds = lastTime(r.err());
        assertThat(seconds).as(r.err()).isBetween(4.5, 5.5);
        Matcher frames = Pattern.compile("frame=\\s*(\\d+)").matcher(r.err());
        int last = 0;
        while (frames.find()) {
            last = Integer.parseInt(frames.group(1));
        }
        // 75 nominal; a loaded machine skips capture slots (never bursts), so allow 20 % fewer
        assertThat(last).as("frames decoded at 15 fps in 5 s").isBetween(60, 80);
    }

    @ParameterizedTest(name = "{0} over {1}")
    // Opus: rtpmap is always opus/48000/2 (RFC 7587), so ffmpeg decodes the mono stream as stereo
    @CsvSource({"aac,tcp,aac,16000,1", "aac,udp,aac,16000,1", "opus,tcp,opus,48000,2", "opus,udp,opus,48000,2",
            "pcmu,tcp,pcm_mulaw,8000,1", "g711,udp,pcm_mulaw,8000,1"})
    void ffprobeSeesTheAudioTrack(String codec, String transport, String ffmpegName, int rate, int channels)
            throws Exception {
        Tools.Run r = Tools.run(60, "ffprobe", "-v", "error", "-rtsp_transport", transport, "-show_entries",
                "stream=codec_type,codec_name,sample_rate,channels", "-of", "csv=p=0",
                camera.authUrl("videocodec=h264&resolution=320x180&fps=15&audio=1&audiocodec=" + codec));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip().lines().toList()).containsExactly("h264,video",
                ffmpegName + ",audio," + rate + "," + channels);
    }

    @org.junit.jupiter.api.Test
    void ffprobeSeesAnAudioOnlyPresentation() throws Exception {
        Tools.Run r = Tools.run(60, "ffprobe", "-v", "error", "-rtsp_transport", "tcp", "-show_entries",
                "stream=codec_type,codec_name", "-of", "csv=p=0", camera.authUrl("video=0&audio=1&audiocodec=opus"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("opus,audio");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"aac", "opus", "pcmu"})
    void ffmpegRecordsFiveSecondsOfVideoAndAudioOverTcp(String audio) throws Exception {
        Tools.Run r = Tools.run(90, "ffmpeg", "-hide_banner", "-nostats", "-loglevel", "info", "-rtsp_transport", "tcp",
                "-i", camera.authUrl("videocodec=h264&resolution=320x180&fps=15&audio=1&audiocodec=" + audio),
                "-t", "5", "-f", "null", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContainIgnoringCase("error").doesNotContain("corrupt", "concealing", "missing");
        assertThat(r.err()).contains("Stream #0:0: Video: h264").containsPattern("Stream #0:1: Audio: ");
        assertThat(lastTime(r.err())).as(r.err()).isBetween(4.5, 5.5);
    }

    private static double lastTime(String log) {
        Matcher m = Pattern.compile("time=(\\d+):(\\d+):(\\d+\\.\\d+)").matcher(log);
        double t = -1;
        while (m.find()) {
            t = Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60 + Double.parseDouble(m.group(3));
        }
        return t;
    }
}
