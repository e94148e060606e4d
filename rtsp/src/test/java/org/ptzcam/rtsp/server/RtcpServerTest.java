package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.netty.buffer.Unpooled;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.rtsp.rtcp.MalformedRtcp;
import org.ptzcam.rtsp.rtcp.NtpTime;
import org.ptzcam.rtsp.rtcp.Rtcp;
import org.ptzcam.rtsp.rtcp.RtcpPacket;
import org.ptzcam.rtsp.rtcp.RtcpPacket.SenderReport;
import org.ptzcam.rtsp.server.RawClient.Frame;
import org.ptzcam.rtsp.server.RawClient.Response;

/**
 * RTCP against the real server: sender reports and BYE as a raw client receives them over
 * interleaved TCP and over UDP, and receiver reports as the only keep-alive.
 */
class RtcpServerTest {

    private static final String Q = "videocodec=h264&resolution=320x180&fps=15";
    /** One frame at 15 fps in 90 kHz ticks. */
    private static final long FRAME = 90_000 / 15;
    private static final byte[] RR = hex("80c90001 aabbccdd");

    @TempDir
    Path dataDir;

    TestCamera camera;

    @AfterEach
    void stop() {
        if (camera != null) {
            camera.close();
        }
    }

    private TestCamera camera(Duration sessionTimeout) throws Exception {
        camera = new TestCamera(dataDir, RtspServerConfig.defaults().withBind("127.0.0.1", 0)
                .withSessionTimeout(sessionTimeout).withRtcpInterval(Duration.ofSeconds(1)));
        return camera;
    }

    /** What the client saw on the wire: RTP headers and RTCP compounds in arrival order. */
    record Rtp(int seq, long timestamp, int payloadBytes) {
    }

    record Received(long atUnixNanos, List<RtcpPacket> packets, int rtpBefore) {
        SenderReport sr() {
            return (SenderReport) packets.get(0);
        }
    }

    static Rtp rtp(byte[] p) {
        ByteBuffer b = ByteBuffer.wrap(p);
        assertThat(p[0] & 0xc0).isEqualTo(0x80);
        return new Rtp(b.getShort(2) & 0xffff, b.getInt(4) & 0xffff_ffffL, p.length - 12);
    }

    static List<RtcpPacket> rtcp(byte[] p) {
        try {
            return Rtcp.decode(Unpooled.wrappedBuffer(p));
        } catch (MalformedRtcp e) {
            throw new AssertionError("server sent malformed RTCP: " + e.getMessage());
        }
    }

    static long unixNanosNow() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Test
    void tcpSenderReportsMapTheWallClockToTheRtpClockAndCountWhatWasSent() throws Exception {
        camera(Duration.ofSeconds(60));
        List<Rtp> rtp = new ArrayList<>();
        List<Received> reports = new ArrayList<>();
        try (RawClient c = new RawClient(camera.server.port())) {
            c.onFrame = f -> {
                if (f.channel() == 0) {
                    rtp.add(rtp(f.data()));
                } else if (f.channel() == 1) {
                    reports.add(new Received(unixNanosNow(), rtcp(f.data()), rtp.size()));
                }
            };
            String url = camera.url(Q);
            Response setup = c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
            long ssrc = Long.parseLong(setup.header("Transport").replaceAll(".*ssrc=([0-9A-F]+).*", "$1"), 16);
            String id = setup.header("Session").split(";")[0];
            Response play = c.request("PLAY", url, "Session: " + id);
            assertThat(play.status()).isEqualTo(200);
            long playAt = System.nanoTime();
            // three reports, and an RTP packet after the last one
            while (reports.size() < 3 || rtp.size() == reports.get(reports.size() - 1).rtpBefore()) {
                c.awaitFrames(c.framesSkipped + 1);
            }
            // the first report follows the first RTP packet at once, not after an interval
            assertThat(reports.get(0).rtpBefore()).isGreaterThan(0);
            assertThat(Duration.ofNanos(System.nanoTime() - playAt)).isLessThan(Duration.ofSeconds(5));
            for (Received r : reports) {
                SenderReport sr = r.sr();
                assertThat(sr.ssrc()).isEqualTo(ssrc);
                // compound: SR then SDES with our CNAME (RFC 3550 §6.1)
                assertThat(r.packets()).hasSize(2);
                var sdes = (RtcpPacket.SourceDescription) r.packets().get(1);
                assertThat(sdes.chunks()).containsExactly(new RtcpPacket.SdesChunk(ssrc, "ptzcam@127.0.0.1"));
                // NTP time is the wall clock
                long ntpUnix = NtpTime.toUnixNanos(sr.ntp());
                assertThat(Math.abs(r.atUnixNanos() - ntpUnix)).isLessThan(1_000_000_000L);
                // counts are exactly what came before it on the same connection
                List<Rtp> before = rtp.subList(0, r.rtpBefore());
                assertThat(sr.packets()).isEqualTo(before.size());
                assertThat(sr.octets()).isEqualTo(before.stream().mapToLong(Rtp::payloadBytes).sum());
                assertBetweenNeighbours(sr, before.get(before.size() - 1), rtp.get(r.rtpBefore()));
            }
            // between two reports, the RTP clock advances as the NTP clock does (±1 frame)
            SenderReport a = reports.get(0).sr();
            SenderReport b = reports.get(reports.size() - 1).sr();
            long ntpTicks = (NtpTime.toUnixNanos(b.ntp()) - NtpTime.toUnixNanos(a.ntp())) * 9 / 100_000;
            long rtpTicks = (int) (b.rtpTime() - a.rtpTime());
            assertThat(ntpTicks).isGreaterThan(90_000); // reports every ~1 s here
            assertThat(rtpTicks - ntpTicks).isBetween(-FRAME, FRAME);

            // TEARDOWN: SR + SDES + BYE come before the reply
            int reportsBefore = reports.size();
            assertThat(c.request("TEARDOWN", url, "Session: " + id).status()).isEqualTo(200);
            List<RtcpPacket> last = reports.get(reports.size() - 1).packets();
            assertThat(reports.size()).isGreaterThan(reportsBefore);
            assertThat(last).hasSize(3);
            assertThat(last.get(2)).isEqualTo(new RtcpPacket.Bye(List.of(ssrc), "session ended"));
        }
    }

    @Test
    void tcpReceiverReportsAloneKeepTheSessionAndGarbageIsCounted() throws Exception {
        camera(Duration.ofSeconds(2));
        try (RawClient c = new RawClient(camera.server.port())) {
            String url = camera.url(Q);
            String id = c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1")
                    .header("Session").split(";")[0];
            assertThat(c.request("PLAY", url, "Session: " + id).status()).isEqualTo(200);
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < until) {
                c.sendFrame(1, RR);
                c.awaitFrames(c.framesSkipped + 1);
                Thread.sleep(300);
                assertThat(camera.server.sessionCount()).isEqualTo(1);
            }
            long valid = camera.server.rtcpReceived();
            assertThat(valid).isGreaterThan(5);
            c.sendFrame(1, hex("00000000 deadbeef"));
            c.sendFrame(1, new byte[0]);
            await().atMost(Duration.ofSeconds(2)).until(() -> camera.server.rtcpMalformed() == 2);
            // garbage is not a keep-alive: the session now expires
            c.sendFrame(1, hex("00000000 deadbeef"));
            await().atMost(Duration.ofSeconds(6)).until(() -> camera.server.sessionCount() == 0);
        }
    }

    @Test
    void udpSenderReportsGoToTheClientRtcpPortAndReceiverReportsKeepTheSession() throws Exception {
        camera(Duration.ofSeconds(2));
        InetAddress lo = InetAddress.getLoopbackAddress();
        DatagramSocket[] pair = clientPortPair(lo);
        try (DatagramSocket rtpSocket = pair[0]; DatagramSocket rtcpSocket = pair[1];
                RawClient c = new RawClient(camera.server.port())) {
            rtpSocket.setReceiveBufferSize(4 << 20);
            List<Rtp> rtp = new CopyOnWriteArrayList<>();
            Thread reader = Thread.ofVirtual().start(() -> {
                byte[] buf = new byte[65536];
                while (!rtpSocket.isClosed()) {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    try {
                        rtpSocket.receive(p);
                        rtp.add(rtp(java.util.Arrays.copyOf(p.getData(), p.getLength())));
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            String url = camera.url(Q);
            Response setup = c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP;unicast;client_port="
                    + rtpSocket.getLocalPort() + "-" + rtcpSocket.getLocalPort());
            assertThat(setup.status()).isEqualTo(200);
            long ssrc = Long.parseLong(setup.header("Transport").replaceAll(".*ssrc=([0-9A-F]+).*", "$1"), 16);
            String id = setup.header("Session").split(";")[0];
            assertThat(c.request("PLAY", url, "Session: " + id).status()).isEqualTo(200);

            InetSocketAddress serverRtcp = new InetSocketAddress(lo, camera.server.rtpPort() + 1);
            rtcpSocket.setSoTimeout(5000);
            DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
            rtcpSocket.receive(p);
            long at = unixNanosNow();
            assertThat(p.getPort()).as("SR comes from the server's RTCP port").isEqualTo(serverRtcp.getPort());
            List<RtcpPacket> first = rtcp(java.util.Arrays.copyOf(p.getData(), p.getLength()));
            SenderReport sr = (SenderReport) first.get(0);
            assertThat(sr.ssrc()).isEqualTo(ssrc);
            assertThat(first.get(1)).isInstanceOf(RtcpPacket.SourceDescription.class);
            assertThat(Math.abs(at - NtpTime.toUnixNanos(sr.ntp()))).isLessThan(1_000_000_000L);
            // two sockets: order is not guaranteed, so compare with the first sr.packets() RTP packets
            await().atMost(Duration.ofSeconds(2)).until(() -> rtp.size() > sr.packets());
            List<Rtp> received = List.copyOf(rtp);  // a snapshot: the receiver thread keeps appending
            List<Rtp> counted = received.subList(0, (int) sr.packets());
            assertThat(sr.octets()).isEqualTo(counted.stream().mapToLong(Rtp::payloadBytes).sum());
            assertBetweenNeighbours(sr, counted.get(counted.size() - 1), received.get((int) sr.packets()));

            // only RTCP RRs from now on, no RTSP request: the session outlives its 2 s timeout
            rtcpSocket.setSoTimeout(100);
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < until) {
                rtcpSocket.send(new DatagramPacket(RR, RR.length, serverRtcp));
                Thread.sleep(400);
                assertThat(camera.server.sessionCount()).isEqualTo(1);
            }
            // garbage on both ports is counted and ignored
            long datagrams = camera.server.udpDatagramsReceived();
            byte[] junk = hex("deadbeef 00");
            rtcpSocket.send(new DatagramPacket(junk, junk.length, serverRtcp));
            rtcpSocket.send(new DatagramPacket(junk, junk.length, new InetSocketAddress(lo, camera.server.rtpPort())));
            await().atMost(Duration.ofSeconds(2)).until(() -> camera.server.udpDatagramsReceived() == datagrams + 2);
            assertThat(camera.server.rtcpMalformed()).isEqualTo(1);
            assertThat(camera.server.sessionCount()).isEqualTo(1);

            // RRs stop: the session expires and the client's RTCP port gets a BYE
            rtcpSocket.setSoTimeout(8000);
            long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            List<RtcpPacket> bye = null;
            while (bye == null && System.nanoTime() < deadline) {
                try {
                    rtcpSocket.receive(p);
                } catch (SocketTimeoutException e) {
                    break;
                }
                List<RtcpPacket> got = rtcp(java.util.Arrays.copyOf(p.getData(), p.getLength()));
                if (got.get(got.size() - 1) instanceof RtcpPacket.Bye) {
                    bye = got;
                }
            }
            assertThat(bye).as("BYE after expiry").isNotNull();
            assertThat(bye.get(bye.size() - 1)).isEqualTo(new RtcpPacket.Bye(List.of(ssrc), "session ended"));
            assertThat(camera.server.sessionCount()).isZero();
            rtpSocket.close();
            reader.join(2000);
        }
    }

    /**
     * The SR's RTP time is "now" on the RTP clock: not before the last packet it counts (that
     * frame was captured earlier), and at most one frame after the next packet (a frame captured
     * but not yet sent when the SR was built). Differences are 32-bit wrap-safe.
     */
    private static void assertBetweenNeighbours(SenderReport sr, Rtp lastCounted, Rtp next) {
        long sinceLast = (int) (sr.rtpTime() - lastCounted.timestamp());
        long toNext = (int) (next.timestamp() - sr.rtpTime());
        assertThat(sinceLast).as("SR rtptime - last counted RTP timestamp").isGreaterThanOrEqualTo(-FRAME);
        assertThat(toNext).as("next RTP timestamp - SR rtptime").isGreaterThanOrEqualTo(-FRAME);
        assertThat(next.timestamp() - lastCounted.timestamp()).as("packets around the SR are less than a second apart")
                .isBetween(0L, 90_000L);
    }

    /** An even/odd pair of bound sockets, as RTP clients take them (RFC 3550 §11). */
    private static DatagramSocket[] clientPortPair(InetAddress lo) throws java.io.IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 2 * java.util.concurrent.ThreadLocalRandom.current().nextInt(16_000, 30_000);
            DatagramSocket a = null;
            try {
                a = new DatagramSocket(new InetSocketAddress(lo, port));
                return new DatagramSocket[] {a, new DatagramSocket(new InetSocketAddress(lo, port + 1))};
            } catch (java.net.BindException e) {
                if (a != null) {
                    a.close();
                }
            }
        }
        throw new java.io.IOException("no free UDP port pair");
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s.replace(" ", ""));
    }
}
