package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.settings.MulticastSettings;
import org.ptzcam.rtsp.server.RawClient.Response;

/**
 * Multicast on loopback: the server (bound to 127.0.0.1) sends on the loopback interface; raw
 * Java receivers join the group there. ffprobe joins on the interface of the route to the group,
 * so that test adds a host route for the test group to {@code lo} (root only; it fails saying so
 * otherwise).
 */
class MulticastTest {

    private static final String GROUP = "239.255.77.1";
    private static final String Q = "videocodec=h264&resolution=320x180&fps=15";

    @TempDir
    Path dataDir;

    TestCamera camera;

    @AfterEach
    void stop() {
        if (camera != null) {
            camera.close();
        }
    }

    private TestCamera camera() throws Exception {
        camera = new TestCamera(dataDir);
        camera.device.settings().update(Map.of(MulticastSettings.ADDRESS, GROUP, MulticastSettings.PORT, "51000",
                MulticastSettings.TTL, "3"));
        return camera;
    }

    @Test
    void twoSessionsShareOneStreamAndBothReceiversSeeItsSsrc() throws Exception {
        try (RawClient a = new RawClient(camera().server.port()); RawClient b = new RawClient(camera.server.port());
                MulticastSocket r1 = receiver(51000); MulticastSocket r2 = receiver(51000)) {
            String url = camera.url(Q);
            Response sa = a.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP;multicast");
            Response sb = b.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/UDP;multicast;destination=239.1.1.1");
            assertThat(sa.status()).as(sa.statusLine()).isEqualTo(200);
            assertThat(sa.header("Transport")).matches(
                    "RTP/AVP;multicast;destination=239\\.255\\.77\\.1;port=51000-51001;ttl=3;ssrc=[0-9A-F]{8};mode=\"PLAY\"");
            assertThat(sb.header("Transport")).isEqualTo(sa.header("Transport"));
            // another presentation gets the next slot of ports
            Response other = b.request("SETUP", camera.url(Q.replace("fps=15", "fps=5")) + "/trackID=1",
                    "Transport: RTP/AVP;multicast");
            assertThat(other.header("Transport")).contains("port=51008-51009");
            assertThat(camera.server.multicastStreams()).isEqualTo(2);
            long ssrc = Long.parseLong(sa.header("Transport").replaceAll(".*ssrc=([0-9A-F]{8}).*", "$1"), 16);

            String ida = sa.header("Session").split(";")[0];
            String idb = sb.header("Session").split(";")[0];
            assertThat(a.request("PLAY", url, "Session: " + ida).status()).isEqualTo(200);
            assertThat(b.request("PLAY", url, "Session: " + idb).status()).isEqualTo(200);
            assertThat(ssrcs(r1, 20)).containsExactly(ssrc);
            assertThat(ssrcs(r2, 20)).containsExactly(ssrc);
            assertThat(camera.video.activeEncoders()).isEqualTo(1);

            // the stream runs while anyone plays
            assertThat(a.request("TEARDOWN", url, "Session: " + ida).status()).isEqualTo(200);
            assertThat(ssrcs(r1, 10)).containsExactly(ssrc);
            assertThat(b.request("TEARDOWN", url, "Session: " + idb).status()).isEqualTo(200);
            assertThat(b.request("TEARDOWN", url, "Session: " + other.header("Session").split(";")[0]).status())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> camera.video.activeEncoders() == 0
                    && camera.server.multicastStreams() == 0 && camera.server.sessionCount() == 0);
        }
    }

    @Test
    void ffprobeReceivesOverUdpMulticastBesideARawReceiver() throws Exception {
        requireGroupRouteOnLoopback();
        try (RawClient a = new RawClient(camera().server.port()); MulticastSocket r = receiver(51000)) {
            String url = camera.url(Q);
            Response sa = a.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP;multicast");
            long ssrc = Long.parseLong(sa.header("Transport").replaceAll(".*ssrc=([0-9A-F]{8}).*", "$1"), 16);
            a.request("PLAY", url, "Session: " + sa.header("Session").split(";")[0]);
            Tools.Run probe = Tools.run(60, "ffprobe", "-v", "error", "-rtsp_transport", "udp_multicast",
                    "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", url);
            assertThat(probe.exit()).as(probe.err()).isZero();
            assertThat(probe.out().strip()).isEqualTo("h264,320,180");
            // ffprobe's session joined the same stream: one multicast stream, one SSRC on the group
            assertThat(camera.server.multicastStreams()).isEqualTo(1);
            assertThat(ssrcs(r, 10)).containsExactly(ssrc);
        }
    }

    @Test
    void gstreamerDecodesOverUdpMulticastBesideARawReceiver() throws Exception {
        Tools.requireTool("gst-launch-1.0");
        requireGroupRouteOnLoopback();
        try (RawClient a = new RawClient(camera().server.port()); MulticastSocket r = receiver(51000)) {
            String url = camera.url(Q);
            Response sa = a.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP;multicast");
            long ssrc = Long.parseLong(sa.header("Transport").replaceAll(".*ssrc=([0-9A-F]{8}).*", "$1"), 16);
            a.request("PLAY", url, "Session: " + sa.header("Session").split(";")[0]);
            // rtspsrc's own PAUSE/CLOSE race at shutdown is retried as in GStreamerClientTest
            Tools.Run gst = Tools.gstreamer(new String[] {"gst-launch-1.0", "-q", "rtspsrc",
                "location=\"" + url + "\"", "protocols=udp-mcast", "latency=100", "!", "rtph264depay", "!",
                "h264parse", "!", "avdec_h264", "!", "fakesink", "num-buffers=30"});
            assertThat(gst.exit()).as("gst-launch-1.0 exit; stderr: %s", gst.err()).isZero();
            assertThat(camera.server.multicastStreams()).isEqualTo(1);
            assertThat(ssrcs(r, 10)).containsExactly(ssrc);
        }
    }

    /** ffmpeg and GStreamer join on the route's interface: the test group must route to lo. */
    private static void requireGroupRouteOnLoopback() throws Exception {
        Tools.Run route = Tools.run(10, "ip", "route", "get", GROUP);
        if (route.out().contains("dev lo")) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new AssertionError("multicast to " + GROUP + " does not route to lo and this test is not root: run "
                    + "'ip route add " + GROUP + "/32 dev lo' (package iproute2) once, as root");
        }
        Tools.Run add = Tools.run(10, "ip", "route", "replace", GROUP + "/32", "dev", "lo");
        assertThat(add.exit()).as("ip route replace: " + add.err()).isZero();
    }

    private static MulticastSocket receiver(int port) throws Exception {
        MulticastSocket s = new MulticastSocket(port);
        s.setSoTimeout(10_000);
        s.joinGroup(new InetSocketAddress(InetAddress.getByName(GROUP), port),
                NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress()));
        return s;
    }

    /** The SSRCs of the next {@code n} RTP packets on the socket. */
    private static Set<Long> ssrcs(MulticastSocket s, int n) throws Exception {
        Set<Long> out = new HashSet<>();
        byte[] buf = new byte[2048];
        for (int i = 0; i < n; i++) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            s.receive(p);
            assertThat(p.getLength()).isGreaterThan(12);
            assertThat(buf[0] & 0xc0).as("RTP version 2").isEqualTo(0x80);
            out.add(((buf[8] & 0xffL) << 24) | ((buf[9] & 0xffL) << 16) | ((buf[10] & 0xffL) << 8) | (buf[11] & 0xffL));
        }
        return out;
    }
}
