package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.rtsp.server.RawClient.Response;

/** Methods, states and status codes against the server with a real pipeline, over a plain socket. */
class RtspServerTest {

    @TempDir
    Path dataDir;

    TestCamera camera;

    private TestCamera camera(RtspServerConfig config) throws Exception {
        camera = new TestCamera(dataDir, config);
        return camera;
    }

    private TestCamera camera() throws Exception {
        return camera(RtspServerConfig.defaults().withBind("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        if (camera != null) {
            camera.close();
        }
    }

    private static final String Q = "videocodec=h264&resolution=320x180&fps=15";

    @Test
    void optionsListsMethodsWithoutSession() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            Response r = c.request("OPTIONS", "*");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("CSeq")).isEqualTo("1");
            assertThat(r.header("Public")).isEqualTo(RtspConnection.PUBLIC);
            assertThat(r.header("Session")).isNull();
        }
    }

    @Test
    void describeAnswersSdpWithContentBase() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            String url = camera.url(Q);
            Response r = c.request("DESCRIBE", url, "Accept: application/sdp");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).isEqualTo("application/sdp");
            assertThat(r.header("Content-Base")).isEqualTo(url + "/");
            assertThat(r.body()).contains("m=video 0 RTP/AVP 96", "a=rtpmap:96 H264/90000", "sprop-parameter-sets=",
                    "a=control:*");
            // absolute, Axis style: URL-standard resolution of a relative control against a base with a query breaks
            String path = url.substring(0, url.indexOf('?'));
            assertThat(r.body()).contains("a=control:" + path + "/trackID=1" + url.substring(url.indexOf('?')));
        }
    }

    @Test
    void wrongPathIs404AndBadArgumentsAre400WithTheReason() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            assertThat(c.request("DESCRIBE", "rtsp://127.0.0.1/other").status()).isEqualTo(404);
            Response r = c.request("DESCRIBE", camera.url("resolution=123x45"));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.statusLine()).contains("resolution '123x45' is not supported");
            assertThat(r.body()).contains("valid: 1920x1080");
            assertThat(c.request("DESCRIBE", camera.url("videocodec=vp8")).status()).isEqualTo(400);
            assertThat(c.request("DESCRIBE", camera.url("fps=500")).status()).isEqualTo(400);
            assertThat(c.request("DESCRIBE", camera.url("camera=2")).status()).isEqualTo(400);
            assertThat(c.request("DESCRIBE", camera.url("videocodec=jpeg&resolution=3840x2160")).status()).isEqualTo(400);
        }
    }

    @Test
    void tcpSessionLifecycle() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            String url = camera.url(Q);
            // no interleaved= given: the server assigns channels 0-1
            Response setup = c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast");
            assertThat(setup.status()).isEqualTo(200);
            assertThat(setup.header("Transport")).startsWith("RTP/AVP/TCP;unicast;interleaved=0-1;ssrc=");
            String session = setup.header("Session");
            assertThat(session).matches("[0-9A-F]{16};timeout=60");
            String id = session.split(";")[0];

            Response play = c.request("PLAY", url + "/", "Session: " + id, "Range: npt=0.000-");
            assertThat(play.status()).isEqualTo(200);
            assertThat(play.header("Range")).isEqualTo("npt=now-");
            assertThat(play.header("RTP-Info")).matches("url=.*/trackID=1;seq=\\d+;rtptime=\\d+");
            int[] rtcpFrames = {0};
            c.onFrame = f -> rtcpFrames[0] += f.channel() == 1 ? 1 : 0;
            // RTP on channel 0; the RTCP sender report that follows the first packet on channel 1 (a
            // busy machine may queue a few units before it, so read on until it shows, at most ~5 s)
            c.awaitFrames(20);
            while (rtcpFrames[0] == 0 && c.framesSkipped < 600) {
                c.awaitFrames(c.framesSkipped + 1);
            }
            assertThat(c.rtpFramesOnChannel0 + rtcpFrames[0]).isEqualTo(c.framesSkipped);
            assertThat(rtcpFrames[0]).as("one SR at the start; the next only after 5 s").isBetween(1, 2);

            assertThat(c.request("GET_PARAMETER", url + "/", "Session: " + id).status()).isEqualTo(200);
            assertThat(c.request("PAUSE", url + "/", "Session: " + id).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> camera.video.activeEncoders() == 0);
            assertThat(c.request("PLAY", url + "/", "Session: " + id).status()).isEqualTo(200);
            assertThat(c.request("TEARDOWN", url + "/", "Session: " + id).status()).isEqualTo(200);
            assertThat(c.request("PLAY", url + "/", "Session: " + id).status()).isEqualTo(454);
            await().atMost(Duration.ofSeconds(5)).until(() -> camera.video.activeEncoders() == 0);
            assertThat(camera.server.sessionCount()).isZero();
        }
    }

    @Test
    void renewStreamBringsAKeyFrameAndBodyParametersAre451() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            // a key frame every 60 s: a second SPS within seconds can only come from Renew-Stream
            String url = camera.url(Q + "&videokeyframeinterval=900");
            String id = c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1")
                    .header("Session").split(";")[0];
            int[] sps = {0};
            c.onFrame = f -> sps[0] += f.channel() == 0 && (f.data()[12] & 0x1f) == 7 ? 1 : 0;
            c.request("PLAY", url + "/", "Session: " + id);
            c.awaitFrames(30); // one second at 15 fps: long past the first key frame's forced-rate limit
            assertThat(sps[0]).isEqualTo(1);

            assertThat(c.request("SET_PARAMETER", url + "/", "Session: " + id).status()).as("keep-alive").isEqualTo(200);
            Response bad = c.requestWithBody("SET_PARAMETER", url + "/", "Brightness: 50\r\n", "Session: " + id);
            assertThat(bad.status()).isEqualTo(451);
            assertThat(bad.statusLine()).contains("Brightness");
            assertThat(c.request("SET_PARAMETER", url + "/", "Renew-Stream: yes").status())
                    .as("renewing needs a session").isEqualTo(454);

            assertThat(c.request("SET_PARAMETER", url + "/", "Session: " + id, "Renew-Stream: yes").status()).isEqualTo(200);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (sps[0] < 2 && System.nanoTime() < deadline) {
                c.awaitFrames(c.framesSkipped + 1);
            }
            assertThat(sps[0]).as("a new key frame with parameter sets").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void closingTheConnectionEndsInterleavedSessions() throws Exception {
        camera();
        try (RawClient c = new RawClient(camera.server.port())) {
            String id = c.request("SETUP", camera.url(Q) + "/trackID=1", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1")
                    .header("Session").split(";")[0];
            c.request("PLAY", camera.url(Q), "Session: " + id);
            c.awaitFrames(5);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> camera.server.sessionCount() == 0
                && camera.video.activeEncoders() == 0);
    }

    @Test
    void errorCodesWhereTheyBelong() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            String url = camera.url(Q);
            assertThat(c.request("PLAY", url, "Session: NOSUCHSESSION").status()).isEqualTo(454);
            assertThat(c.request("PLAY", url).status()).isEqualTo(454);
            // the presentation URL of a two-track stream names no track
            assertThat(c.request("SETUP", url + "&audio=1", "Transport: RTP/AVP/TCP;unicast").status()).isEqualTo(459);
            assertThat(c.request("SETUP", url + "/trackID=2", "Transport: RTP/AVP/TCP;unicast").status()).isEqualTo(404);
            assertThat(c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;multicast").status()).isEqualTo(461);
            assertThat(c.request("SETUP", url + "/trackID=1", "Transport: RAW/RAW/UDP;unicast").status()).isEqualTo(461);
            assertThat(c.request("SETUP", url + "/trackID=1").status()).isEqualTo(461);
            Response ok = c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
            String id = ok.header("Session").split(";")[0];
            assertThat(c.request("SETUP", url + "/trackID=1", "Session: " + id, "Transport: RTP/AVP/TCP;unicast")
                    .status()).isEqualTo(455);
            Response require = c.request("PLAY", url, "Session: " + id, "Require: onvif-replay");
            assertThat(require.status()).isEqualTo(551);
            assertThat(require.header("Unsupported")).isEqualTo("onvif-replay");
            assertThat(c.request("RECORD", url, "Session: " + id).status()).isEqualTo(501);
        }
    }

    @Test
    void trackIdInTheQueryPartIsFound() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            Response r = c.request("SETUP", camera.url(Q) + "/trackID=1", "Transport: RTP/AVP/TCP;unicast;interleaved=4-5");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Transport")).contains("interleaved=4-5");
        }
    }

    @Test
    void udpSetupAnswersServerPorts() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            Response r = c.request("SETUP", camera.url(Q) + "/trackID=1",
                    "Transport: RTP/AVP;unicast;client_port=40000-40001;mode=\"PLAY\",RTP/AVP/TCP;unicast");
            assertThat(r.status()).isEqualTo(200);
            int rtp = camera.server.rtpPort();
            assertThat(r.header("Transport")).startsWith("RTP/AVP;unicast;client_port=40000-40001;server_port="
                    + rtp + "-" + (rtp + 1) + ";ssrc=").endsWith(";mode=\"PLAY\"");
        }
    }

    @Test
    void viewerLimitGives503() throws Exception {
        camera(RtspServerConfig.defaults().withBind("127.0.0.1", 0).withMaxViewers(1));
        try (RawClient a = new RawClient(camera.server.port()); RawClient b = new RawClient(camera.server.port())) {
            assertThat(a.request("SETUP", camera.url(Q) + "/trackID=1", "Transport: RTP/AVP/TCP;unicast").status())
                    .isEqualTo(200);
            assertThat(b.request("SETUP", camera.url(Q) + "/trackID=1", "Transport: RTP/AVP/TCP;unicast").status())
                    .isEqualTo(503);
        }
    }

    @Test
    void sessionsExpireWithoutKeepAlive() throws Exception {
        camera(RtspServerConfig.defaults().withBind("127.0.0.1", 0).withSessionTimeout(Duration.ofSeconds(2)));
        try (RawClient c = new RawClient(camera.server.port())) {
            Response r = c.request("SETUP", camera.url(Q) + "/trackID=1", "Transport: RTP/AVP;unicast;client_port=40002-40003");
            assertThat(r.header("Session")).endsWith(";timeout=2");
            String id = r.header("Session").split(";")[0];
            for (int i = 0; i < 3; i++) {
                Thread.sleep(1000);
                assertThat(c.request("OPTIONS", "*", "Session: " + id).header("Session")).startsWith(id);
            }
            assertThat(camera.server.sessionCount()).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(6)).until(() -> camera.server.sessionCount() == 0);
    }

    @Test
    void malformedRequestGets400AndTheConnectionCloses() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            c.send("OPTIONS * RTSP/1.0\r\nCSeq: 7\r\nno colon here\r\n\r\n");
            Response r = c.read();
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.header("CSeq")).isEqualTo("7");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void missingCseqIs400() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            c.send("OPTIONS * RTSP/1.0\r\n\r\n");
            assertThat(c.read().status()).isEqualTo(400);
        }
    }
}
