package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.rtsp.rtp.RtpPacket;
import org.ptzcam.rtsp.rtp.metadata.MetadataDepayloader;
import org.ptzcam.rtsp.server.RawClient.Response;

/** Sessions with several tracks (video, audio, metadata) driven by a raw client over TCP. */
class MultiTrackTest {

    @TempDir
    Path dataDir;

    TestCamera camera;

    private static final String Q = "videocodec=h264&resolution=320x180&fps=15";

    @AfterEach
    void stop() {
        if (camera != null) {
            camera.close();
        }
    }

    private TestCamera camera() throws Exception {
        camera = new TestCamera(dataDir);
        return camera;
    }

    @Test
    void describeListsVideoAudioAndMetadataTracks() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            String url = camera.url(Q + "&audio=1&event=on");
            Response r = c.request("DESCRIBE", url);
            assertThat(r.status()).isEqualTo(200);
            // absolute Axis-style controls: …/media.amp/trackID=N?query (media-stream-library needs them)
            String path = url.substring(0, url.indexOf('?'));
            String query = url.substring(url.indexOf('?'));
            assertThat(r.body()).contains("m=video 0 RTP/AVP 96\r\nc=IN IP4 0.0.0.0\r\na=control:" + path + "/trackID=1"
                    + query + "\r\n",
                    "m=audio 0 RTP/AVP 97\r\nc=IN IP4 0.0.0.0\r\na=control:" + path + "/trackID=2" + query + "\r\n"
                            + "a=rtpmap:97 mpeg4-generic/16000/1\r\n",
                    "mode=AAC-hbr;sizelength=13;indexlength=3;indexdeltalength=3;config=1408",
                    "m=application 0 RTP/AVP 107\r\nc=IN IP4 0.0.0.0\r\na=control:" + path + "/trackID=3" + query
                            + "\r\n"
                            + "a=rtpmap:107 vnd.onvif.metadata/90000\r\n");
            assertThat(c.request("DESCRIBE", camera.url(Q + "&audio=1&audiocodec=pcmu")).body())
                    .contains("m=audio 0 RTP/AVP 0\r\n", "a=rtpmap:0 PCMU/8000\r\n");
            assertThat(c.request("DESCRIBE", camera.url(Q + "&audio=1&audiocodec=opus")).body())
                    .contains("a=rtpmap:97 opus/48000/2\r\n", "a=fmtp:97 sprop-stereo=0");
            Response audioOnly = c.request("DESCRIBE", camera.url("video=0&audio=1&audiocodec=g711"));
            assertThat(audioOnly.body()).doesNotContain("m=video").contains("m=audio 0 RTP/AVP 0\r\nc=IN IP4 0.0.0.0\r\n"
                    + "a=control:" + path + "/trackID=1?video=0&audio=1&audiocodec=g711\r\n");
        }
    }

    @Test
    void describeOfAnIdleH264StreamStartsNoEncoder() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            long captured = camera.video.capturedFrames();
            Response r = c.request("DESCRIBE", camera.url(Q));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).containsPattern("sprop-parameter-sets=[A-Za-z0-9+/=]+,[A-Za-z0-9+/=]+");
            // the parameter sets came from a briefly opened encoder, not from the stream's first frame
            assertThat(camera.video.capturedFrames()).isEqualTo(captured);
            assertThat(camera.video.activeEncoders()).isZero();
        }
    }

    @Test
    void audioDisabledInTheSettingsGivesAVideoOnlyPresentation() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            camera.audioEnabled = false;
            Response r = c.request("DESCRIBE", camera.url(Q + "&audio=1"));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("m=video").doesNotContain("m=audio");
            Response none = c.request("DESCRIBE", camera.url("video=0&audio=1"));
            assertThat(none.status()).isEqualTo(400);
            assertThat(none.statusLine()).contains("audio is disabled");
        }
    }

    @Test
    void badArgumentsAre400NamingTheArgument() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            Map<String, String> cases = new java.util.LinkedHashMap<>();
            cases.put("video=0&audio=0", "video=0 leaves nothing");
            cases.put("audio=2", "audio '2' is out of range 0..1");
            cases.put("audio=1&audiocodec=mp3", "audiocodec 'mp3' is not supported; valid: aac,opus,g711,pcmu");
            cases.put("videobitratemode=cbr", "videobitratemode 'cbr' is not supported; valid: vbr,mbr,abr");
            cases.put("videobitratemode=abr", "videobitratemode abr needs videoabrtargetbitrate");
            cases.put("videomaxbitrate=-5", "videomaxbitrate '-5' is out of range 0..100000");
            cases.put("videobitrate=x", "videobitrate 'x' is out of range 0..100000");
            cases.put("videokeyframeinterval=0", "videokeyframeinterval '0' is out of range 1..1000");
            cases.put("event=maybe", "event 'maybe' is not supported; valid: on,off");
            for (var e : cases.entrySet()) {
                Response r = c.request("DESCRIBE", camera.url(Q + "&" + e.getKey()));
                assertThat(r.status()).as(e.getKey()).isEqualTo(400);
                assertThat(r.statusLine()).as(e.getKey()).contains(e.getValue());
            }
        }
    }

    @Test
    void bitrateGopAndUnknownProfileReachTheStreamConfig() throws Exception {
        camera();
        var capture = camera.device.settings().capture();
        StreamChoice mbr = StreamChoice.from(Map.of("videobitratemode", "mbr", "videomaxbitrate", "800", "videokeyframeinterval", "15"), capture,
                30, java.util.Optional.empty(), StreamProfiles.NONE, true);
        assertThat(mbr.config().encoder().bitrateControl())
                .isEqualTo(new org.ptzcam.codec.video.BitrateControl.Mbr(800,
                        org.ptzcam.codec.video.BitrateControl.Priority.FRAMERATE));
        assertThat(mbr.config().encoder().gopLength()).isEqualTo(15);
        StreamChoice abr = StreamChoice.from(Map.of("videobitratemode", "abr", "videobitrate", "1200"), capture, 30,
                java.util.Optional.empty(), StreamProfiles.NONE, true);
        assertThat(abr.config().encoder().bitrateControl())
                .isEqualTo(new org.ptzcam.codec.video.BitrateControl.Abr(1200, java.time.Duration.ofDays(7), 0));
        // an unknown profile: the Stream tab defaults (compression 30 here); a known one: its args, the URL's win
        StreamChoice unknown = StreamChoice.from(Map.of("streamprofile", "nosuch"), capture, 30,
                java.util.Optional.empty(), StreamProfiles.NONE, true);
        assertThat(unknown.config().encoder().compression()).isEqualTo(30);
        StreamProfiles one = url -> {
            Map<String, String> merged = new java.util.HashMap<>();
            if ("low".equals(url.get("streamprofile"))) {
                merged.putAll(Map.of("compression", "70", "fps", "5"));
            }
            merged.putAll(url);
            merged.remove("streamprofile");
            return merged;
        };
        StreamChoice low = StreamChoice.from(Map.of("streamprofile", "low", "fps", "10"), capture, 30,
                java.util.Optional.empty(), one, true);
        assertThat(low.config().encoder().compression()).isEqualTo(70);
        assertThat(low.fps()).isEqualTo(10);
    }

    @Test
    void oneSessionPlaysVideoAudioAndMetadataOnTheirOwnChannels() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            String url = camera.url(Q + "&audio=1&audiocodec=pcmu&event=on");
            Response v = c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast");
            assertThat(v.status()).isEqualTo(200);
            assertThat(v.header("Transport")).startsWith("RTP/AVP/TCP;unicast;interleaved=0-1;");
            String id = v.header("Session").split(";")[0];
            Response a = c.request("SETUP", url + "/trackID=2", "Session: " + id, "Transport: RTP/AVP/TCP;unicast");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.header("Transport")).startsWith("RTP/AVP/TCP;unicast;interleaved=2-3;");
            assertThat(a.header("Session")).startsWith(id);
            Response m = c.request("SETUP", url + "/trackID=3", "Session: " + id,
                    "Transport: RTP/AVP/TCP;unicast;interleaved=6-7");
            assertThat(m.status()).isEqualTo(200);
            // the same track twice, and a track the stream does not have
            assertThat(c.request("SETUP", url + "/trackID=2", "Session: " + id, "Transport: RTP/AVP/TCP;unicast")
                    .status()).isEqualTo(455);
            assertThat(c.request("SETUP", url + "/trackID=4", "Session: " + id, "Transport: RTP/AVP/TCP;unicast")
                    .status()).isEqualTo(404);
            assertThat(camera.server.sessionCount()).isEqualTo(1);

            Map<Integer, List<RtpPacket>> byChannel = new HashMap<>();
            c.onFrame = f -> {
                if ((f.channel() & 1) == 0) {
                    byChannel.computeIfAbsent(f.channel(), k -> new ArrayList<>())
                            .add(RtpPacket.parse(Unpooled.wrappedBuffer(f.data())));
                }
            };
            Response play = c.request("PLAY", url, "Session: " + id);
            assertThat(play.status()).isEqualTo(200);
            String[] info = play.header("RTP-Info").split(",");
            assertThat(info).hasSize(3);
            assertThat(byChannel).as("no RTP before the PLAY reply").isEmpty();
            // 3 s: 45 video frames, 150 PCMU packets, 3 metadata documents
            int frames = 0;
            while (byChannel.getOrDefault(6, List.of()).size() < 2 && frames < 2000) {
                c.awaitFrames(++frames);
            }
            List<RtpPacket> video = byChannel.get(0);
            List<RtpPacket> audio = byChannel.get(2);
            List<RtpPacket> meta = byChannel.get(6);
            assertThat(video).isNotEmpty();
            assertThat(audio).hasSizeGreaterThan(20);
            assertThat(meta).hasSizeGreaterThanOrEqualTo(2);
            // each track: its own SSRC, PT, and the seq/rtptime the PLAY reply announced for it
            assertStartsAsAnnounced(info[0], "/trackID=1", video, 96);
            assertStartsAsAnnounced(info[1], "/trackID=2", audio, 0);
            assertStartsAsAnnounced(info[2], "/trackID=3", meta, 107);
            assertThat(List.of(video.get(0).ssrc(), audio.get(0).ssrc(), meta.get(0).ssrc())).doesNotHaveDuplicates();
            // PCMU: 160 samples every 20 ms
            assertThat(audio.get(1).timestamp() - audio.get(0).timestamp()).isEqualTo(160);
            assertThat(audio.get(0).payload().readableBytes()).isEqualTo(160);
            MetadataDepayloader depay = new MetadataDepayloader();
            assertThat(new String(depay.depayload(meta.get(0)).orElseThrow(), StandardCharsets.UTF_8))
                    .contains("<tt:MetadataStream xmlns:tt=\"http://www.onvif.org/ver10/schema\">");

            assertThat(c.request("TEARDOWN", url, "Session: " + id).status()).isEqualTo(200);
            byChannel.values().forEach(l -> l.forEach(p -> p.payload().release()));
            await().atMost(Duration.ofSeconds(5)).until(() -> camera.video.activeEncoders() == 0
                    && camera.audio.activeEncoders() == 0 && camera.server.sessionCount() == 0);
        }
    }

    private static void assertStartsAsAnnounced(String info, String track, List<RtpPacket> packets, int pt) {
        assertThat(info).contains(track + ";seq=" + packets.get(0).sequence() + ";rtptime=" + packets.get(0).timestamp());
        assertThat(packets).allSatisfy(p -> assertThat(p.payloadType()).isEqualTo(pt));
    }

    @Test
    void setupOfThePresentationUrlOfASingleTrackStreamIsTrackOne() throws Exception {
        try (RawClient c = new RawClient(camera().server.port())) {
            Response r = c.request("SETUP", camera.url(Q), "Transport: RTP/AVP/TCP;unicast");
            assertThat(r.status()).isEqualTo(200);
            String id = r.header("Session").split(";")[0];
            Response play = c.request("PLAY", camera.url(Q), "Session: " + id);
            assertThat(play.header("RTP-Info")).contains("/trackID=1;seq=");
        }
    }

    @Test
    void teardownOnAnotherConnectionEndsTheSessionOnItsOwner() throws Exception {
        try (RawClient a = new RawClient(camera().server.port()); RawClient b = new RawClient(camera.server.port())) {
            String url = camera.url(Q + "&audio=1&audiocodec=opus");
            String id = a.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast").header("Session")
                    .split(";")[0];
            a.request("SETUP", url + "/trackID=2", "Session: " + id, "Transport: RTP/AVP/TCP;unicast");
            assertThat(a.request("PLAY", url, "Session: " + id).status()).isEqualTo(200);
            a.awaitFrames(10);
            Response t = b.request("TEARDOWN", url, "Session: " + id);
            assertThat(t.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> camera.server.sessionCount() == 0
                    && camera.video.activeEncoders() == 0 && camera.audio.activeEncoders() == 0);
            assertThat(b.request("PLAY", url, "Session: " + id).status()).isEqualTo(454);
        }
    }
}
