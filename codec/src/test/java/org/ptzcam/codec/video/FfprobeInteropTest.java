package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Ffprobe;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.VideoCodec;

/**
 * Our bitstreams, written as plain elementary streams, are understood by the Debian ffprobe and
 * ffmpeg CLIs: right codec, size and full-range tagging, and decoding without errors.
 */
class FfprobeInteropTest {

    @TempDir
    Path dir;

    @Test
    void h264AnnexBStream() throws IOException {
        Map<String, String> s = probeOne(VideoCodec.H264, "stream.h264", 10);
        assertThat(s).containsEntry("codec_name", "h264").containsEntry("width", "320").containsEntry("height", "240")
                .containsEntry("pix_fmt", "yuvj420p").containsEntry("has_b_frames", "0");
    }

    @Test
    void h265AnnexBStream() throws IOException {
        Map<String, String> s = probeOne(VideoCodec.H265, "stream.h265", 10);
        assertThat(s).containsEntry("codec_name", "hevc").containsEntry("width", "320").containsEntry("height", "240")
                .containsEntry("color_range", "pc");
    }

    @Test
    void av1LowOverheadObuStream() throws IOException {
        Map<String, String> s = probeOne(VideoCodec.AV1, "stream.obu", 10);
        assertThat(s).containsEntry("codec_name", "av1").containsEntry("width", "320").containsEntry("height", "240")
                .containsEntry("color_range", "pc");
    }

    @Test
    void mjpegFrameIsAJpegFile() throws IOException {
        Map<String, String> s = probeOne(VideoCodec.MJPEG, "frame.jpg", 1);
        assertThat(s).containsEntry("codec_name", "mjpeg").containsEntry("width", "320").containsEntry("height", "240")
                .containsEntry("pix_fmt", "yuvj420p");
    }

    private Map<String, String> probeOne(VideoCodec codec, String name, int frames) throws IOException {
        Path file = dir.resolve(name);
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(codec, 320, 240, 30));
             OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < frames; i++) {
                for (EncodedPacket p : encoder.encode(TestFrames.moving(320, 240, i))) {
                    out.write(p.data());
                }
            }
        }
        List<Map<String, String>> streams = Ffprobe.streams(file);
        assertThat(streams).as("streams of %s", name).hasSize(1);
        // and the ffmpeg CLI decodes every frame without a single complaint
        Ffprobe.run(List.of("ffmpeg", "-nostdin", "-v", "error", "-i", file.toString(), "-f", "null", "-"));
        return streams.get(0);
    }
}
