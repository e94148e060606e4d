package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.rtsp.rtp.RtpPacket;
import org.ptzcam.rtsp.rtp.av1.Av1Depayloader;
import org.ptzcam.rtsp.server.RawClient.Response;

/**
 * AV1 over RTSP: Debian's ffmpeg 5.1 and GStreamer 1.22 cannot depayload AV1, so our own client
 * plays the stream over TCP, depayloads it with {@code rtp.av1} into a low-overhead OBU file, and
 * ffprobe (which reads and decodes {@code .obu}) counts the frames and reports the size.
 */
class Av1ClientTest {

    @TempDir
    Path dataDir;

    TestCamera camera;

    @AfterEach
    void stop() {
        if (camera != null) {
            camera.close();
        }
    }

    @Test
    void ourClientRecordsAnAv1StreamFfprobeDecodes() throws Exception {
        Tools.requireTool("ffprobe");
        camera = new TestCamera(dataDir);
        String url = camera.url("videocodec=av1&resolution=320x180&fps=15");
        ByteArrayOutputStream obu = new ByteArrayOutputStream();
        int[] units = {0};
        try (RawClient c = new RawClient(camera.server.port())) {
            Response describe = c.request("DESCRIBE", url);
            assertThat(describe.status()).isEqualTo(200);
            assertThat(describe.body()).contains("a=rtpmap:96 AV1/90000\r\n").containsPattern(
                    "a=fmtp:96 profile=0;level-idx=\\d+;tier=0\r\n");
            Response setup = c.request("SETUP", url + "/trackID=1", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
            String id = setup.header("Session").split(";")[0];
            Av1Depayloader depay = new Av1Depayloader();
            c.onFrame = f -> {
                if (f.channel() == 0 && units[0] < 30) {
                    RtpPacket p = RtpPacket.parse(Unpooled.wrappedBuffer(f.data()));
                    depay.depayload(p).ifPresent(u -> {
                        obu.writeBytes(u);
                        units[0]++;
                    });
                    p.payload().release();
                }
            };
            assertThat(c.request("PLAY", url, "Session: " + id).status()).isEqualTo(200);
            int frames = 0;
            while (units[0] < 30) {
                c.awaitFrames(++frames);
            }
            c.request("TEARDOWN", url, "Session: " + id);
        }
        Path file = dataDir.resolve("stream.obu");
        Files.write(file, obu.toByteArray());
        Tools.Run r = Tools.run(60, "ffprobe", "-v", "error", "-f", "obu", "-count_frames", "-show_entries",
                "stream=codec_name,width,height,nb_read_frames", "-of", "csv=p=0", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).as("decode errors").isEmpty();
        assertThat(r.out().strip()).isEqualTo("av1,320,180,30");
    }
}
