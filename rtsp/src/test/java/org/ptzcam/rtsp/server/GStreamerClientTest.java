package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GStreamer 1.22 {@code rtspsrc} (Debian packages in {@link Tools#GSTREAMER_PACKAGES}) plays and
 * decodes from the server in-process. Each run is killed after a bounded time; exit 0 means the
 * pipeline reached EOS after {@code num-buffers} decoded frames.
 */
class GStreamerClientTest {


    @TempDir
    static Path dataDir;

    static TestCamera camera;

    @BeforeAll
    static void start() throws Exception {
        Tools.requireTool("gst-launch-1.0");
        camera = new TestCamera(dataDir).createAdmin();
    }

    @AfterAll
    static void stop() {
        if (camera != null) {
            camera.close();
        }
    }

    /** gst-launch-1.0 arguments: rtspsrc → depayloader → parser/decoder → fakesink after n buffers. */
    private static String[] pipeline(String codec, String protocols, int buffers, String query) {
        return pipeline(camera.authUrl("videocodec=" + codec + query), codec, protocols, buffers);
    }

    /** As above for any location (e.g. {@code rtsph://} for the HTTP tunnel). */
    static String[] pipeline(String location, String codec, String protocols, int buffers) {
        List<String> args = new ArrayList<>(List.of("gst-launch-1.0", "-q"));
        // one argv element, the URL in double quotes so gst's parser keeps '?', '&' and '=' in it
        args.add("rtspsrc");
        args.add("location=\"" + location + "\"");
        args.add("protocols=" + protocols);
        args.add("latency=100");
        args.add("!");
        args.addAll(switch (codec) {
            case "h264" -> List.of("rtph264depay", "!", "h264parse", "!", "avdec_h264");
            case "h265" -> List.of("rtph265depay", "!", "h265parse", "!", "avdec_h265");
            case "jpeg" -> List.of("rtpjpegdepay", "!", "jpegdec");
            default -> throw new IllegalArgumentException(codec);
        });
        args.addAll(List.of("!", "fakesink", "num-buffers=" + buffers));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({"h264,tcp", "h264,udp", "jpeg,tcp", "jpeg,udp", "h265,tcp"})
    void rtspsrcDecodesThirtyFrames(String codec, String protocols) throws Exception {
        Tools.Run r = Tools.gstreamer(pipeline(codec, protocols, 30, "&resolution=640x360&fps=15"));
        assertThat(r.exit()).as("gst-launch-1.0 exit; stderr: %s; stdout: %s", r.err(), r.out()).isZero();
    }

    @ParameterizedTest(name = "h264 + {0} over {1}")
    @CsvSource({"aac,tcp,rtpmp4gdepay ! aacparse ! avdec_aac", "opus,tcp,rtpopusdepay ! opusdec",
            "pcmu,udp,rtppcmudepay ! mulawdec"})
    void rtspsrcPlaysVideoAndAudio(String audio, String protocols, String audioChain) throws Exception {
        List<String> args = new ArrayList<>(List.of("gst-launch-1.0", "-q", "rtspsrc", "name=src",
                "location=\"" + camera.authUrl("videocodec=h264&resolution=320x180&fps=15&audio=1&audiocodec=" + audio)
                        + "\"",
                "protocols=" + protocols, "latency=100",
                "src.", "!", "rtph264depay", "!", "h264parse", "!", "avdec_h264", "!", "fakesink", "num-buffers=30",
                "src.", "!"));
        args.addAll(List.of(audioChain.split(" ")));
        // the pipeline ends (EOS) once both sinks have had their buffers: 2 s of video, 0.6-1.9 s of audio
        args.addAll(List.of("!", "fakesink", "num-buffers=30"));
        Tools.Run r = Tools.gstreamer(args.toArray(String[]::new));
        assertThat(r.exit()).as("gst-launch-1.0 exit; stderr: %s; stdout: %s", r.err(), r.out()).isZero();
    }

    @Test
    void rtspsrcOverUdpSendsReceiverReportsWeAccept() throws Exception {
        long before = camera.server.rtcpReceived();
        long malformedBefore = camera.server.rtcpMalformed();
        // 8 s at 15 fps: longer than rtpbin's first RTCP interval
        Tools.Run r = Tools.gstreamer(pipeline("h264", "udp", 120, "&resolution=320x180&fps=15"));
        assertThat(r.exit()).as("gst-launch-1.0 exit; stderr: %s", r.err()).isZero();
        assertThat(camera.server.rtcpReceived()).as("valid RTCP from rtspsrc").isGreaterThan(before);
        assertThat(camera.server.rtcpMalformed()).isEqualTo(malformedBefore);
    }

    @Test
    void onlyRtspsrcsShutdownRaceIsRetried() {
        String race = """
                ERROR: from element /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0: Could not write to resource.
                Additional debug info:
                ../gst/rtsp/gstrtspsrc.c(6766): gst_rtspsrc_try_send (): /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0:
                Could not send message. (Received end-of-file)
                ERROR: from element /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0: Could not write to resource.
                Additional debug info:
                ../gst/rtsp/gstrtspsrc.c(9240): gst_rtspsrc_pause (): /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0:
                Could not send message. (Received end-of-file)
                """;
        assertThat(Tools.isShutdownRace(race)).isTrue();
        assertThat(Tools.isShutdownRace("""
                ERROR: from element /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0: Could not read from resource.
                ../gst/rtsp/gstrtspsrc.c(6202): gst_rtspsrc_loop_interleaved (): /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0:
                Could not receive message. (Timeout while waiting for server response)
                """)).isFalse();
        assertThat(Tools.isShutdownRace(race + "ERROR: from element /GstPipeline:pipeline0/GstAvDec: decoding error\n"))
                .isFalse();
        assertThat(Tools.isShutdownRace("")).isFalse();
    }
}
