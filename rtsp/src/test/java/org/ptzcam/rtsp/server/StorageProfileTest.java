package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptzcam.codec.video.VideoEncoderConfig;

/**
 * Zipstream "optimize for storage" over RTSP: H.264 and H.265 streams get B-frames, sent in decoding
 * order with presentation times as RTP timestamps, and the Debian ffprobe/ffmpeg 5.1 take them
 * without a complaint; the web client (RTSP over WebSocket), AV1 and MJPEG get none.
 */
class StorageProfileTest {

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

    private static StreamChoice choice(String codec, boolean bFrames) throws RtspError {
        return StreamChoice.from(Map.of("videocodec", codec, "videozprofile", "storage", "videozstrength", "30", "h264profile", "high"),
                camera.device.settings().capture(), 30, Optional.empty(), StreamProfiles.NONE, bFrames);
    }

    @Test
    void bFramesForRtspClientsButNotTheWebClientAv1OrMjpeg() throws Exception {
        assertThat(choice("h264", true).config().encoder().bFrames()).isEqualTo(VideoEncoderConfig.STORAGE_B_FRAMES);
        assertThat(choice("h265", true).config().encoder().bFrames()).isEqualTo(VideoEncoderConfig.STORAGE_B_FRAMES);
        // the web client's stream: the flag is dropped, so it shares the plain stream's encoder
        StreamChoice web = choice("h264", false);
        assertThat(web.config().encoder().bFrames()).isZero();
        assertThat(web.config().encoder().zipstream().storage()).isFalse();
        assertThat(web.config().encoder().zipstream().strength()).isEqualTo(30);
        assertThat(choice("av1", true).config().encoder().zipstream().storage()).isFalse();
        assertThat(choice("jpeg", true).config().encoder().zipstream().storage()).isFalse();
    }

    /** One ffprobe line per packet or frame, in the order ffprobe prints them. */
    private record Entry(String kind, String pictType, double pts) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"h264", "h265"})
    void ffprobeSeesBFramesInPresentationOrder(String codec) throws Exception {
        Tools.Run r = Tools.run(60, "ffprobe", "-v", "error", "-rtsp_transport", "tcp", "-read_intervals", "%+4",
                "-show_entries", "stream=has_b_frames:packet=pts_time:frame=pict_type,pts_time", "-of", "csv",
                camera.authUrl("videocodec=" + codec + "&resolution=640x360&fps=15&videozprofile=storage&h264profile=high"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).as("ffprobe's complaints").isEmpty();
        List<Entry> entries = new ArrayList<>();
        int hasBFrames = -1;
        for (String line : r.out().strip().split("\n")) {
            // packet,<pts_time>[,side_data…] / frame,<pts_time>,<pict_type>[,side_data…] / stream,<has_b_frames>;
            // the first unit has no time yet (N/A: the demuxer has not seen an RTCP sender report)
            String[] f = line.split(",");
            if (f[0].equals("stream")) {
                hasBFrames = Integer.parseInt(f[1]);
            } else if ((f[0].equals("packet") || f[0].equals("frame")) && !f[1].equals("N/A")) {
                entries.add(new Entry(f[0], f[0].equals("frame") ? f[2] : "", Double.parseDouble(f[1])));
            }
        }
        List<Entry> packets = entries.stream().filter(e -> e.kind().equals("packet")).toList();
        List<Entry> frames = entries.stream().filter(e -> e.kind().equals("frame")).toList();
        System.out.printf("%s storage over RTSP: has_b_frames %d, %d packets, %d frames, %d B%n", codec, hasBFrames,
                packets.size(), frames.size(), frames.stream().filter(f -> f.pictType().equals("B")).count());
        assertThat(hasBFrames).isPositive();
        assertThat(frames).hasSizeGreaterThan(30);
        assertThat(frames.stream().filter(f -> f.pictType().equals("B")).count()).isGreaterThan(frames.size() / 3);
        // packets come in decoding order: their RTP (presentation) times go back for every B-frame ...
        long back = 0;
        for (int i = 1; i < packets.size(); i++) {
            back += packets.get(i).pts() < packets.get(i - 1).pts() ? 1 : 0;
        }
        assertThat(back).isGreaterThan(packets.size() / 4);
        // ... and the decoded pictures come out in capture order, one frame period (1/15 s) apart
        for (int i = 1; i < frames.size(); i++) {
            double step = frames.get(i).pts() - frames.get(i - 1).pts();
            assertThat(step).as("picture %d after %d: %s", i, i - 1, frames.subList(Math.max(0, i - 3), i + 1))
                    .isGreaterThan(0).isLessThan(0.2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"h264", "h265"})
    void ffmpegDecodesFiveSecondsWithoutErrors(String codec) throws Exception {
        Tools.Run r = Tools.run(90, "ffmpeg", "-hide_banner", "-nostats", "-loglevel", "warning", "-rtsp_transport", "tcp",
                "-i", camera.authUrl("videocodec=" + codec + "&resolution=640x360&fps=15&videozprofile=storage&h264profile=high"),
                "-t", "5", "-f", "null", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).as("ffmpeg's warnings").isEmpty();
    }
}
