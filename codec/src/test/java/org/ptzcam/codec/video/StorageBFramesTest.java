package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Ffprobe;
import org.ptzcam.codec.Psnr;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.Timestamps;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;

/**
 * Zipstream "optimize for storage": H.264 and H.265 with B-frames. Packets come in decoding order with
 * presentation times that go back for B-frames, decoding times that rise, and decode (ours and the
 * ffmpeg CLI) into every picture in capture order.
 */
class StorageBFramesTest {

    private static final int FRAMES = 60;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"H264,stream.h264", "H265,stream.h265"})
    void storageProfileEncodesBFramesInDecodingOrder(VideoCodec codec, String file) throws IOException {
        VideoEncoderConfig config = VideoEncoderConfig.of(codec, 320, 240, 30)
                .withZipstream(Zipstream.OFF.withStorage(true)).withH264Profile(H264Profile.MAIN);
        assertThat(config.bFrames()).isEqualTo(VideoEncoderConfig.STORAGE_B_FRAMES);
        List<YuvFrame> sources = new ArrayList<>();
        List<EncodedPacket> packets = new ArrayList<>();
        try (VideoEncoder enc = VideoEncoder.open(config, 1)) {
            for (int i = 0; i < FRAMES; i++) {
                YuvFrame f = TestFrames.moving(320, 240, i);
                sources.add(f);
                packets.addAll(enc.encode(f));
            }
            assertThat(packets).as("B-frames hold pictures back").hasSizeLessThan(FRAMES);
            packets.addAll(enc.flush());
        }
        assertThat(packets).hasSize(FRAMES);
        assertThat(packets.get(0).keyframe()).isTrue();
        long backwards = 0;
        for (int i = 1; i < packets.size(); i++) {
            EncodedPacket p = packets.get(i);
            assertThat(p.dts()).as("dts rises").isGreaterThan(packets.get(i - 1).dts());
            assertThat(p.dts()).as("decoded no later than shown").isLessThanOrEqualTo(p.pts());
            backwards += p.pts() < packets.get(i - 1).pts() ? 1 : 0;
        }
        assertThat(backwards).as("B-frames: presentation times going back in decoding order").isGreaterThan(10);
        // every capture time once, as presentation time
        assertThat(packets.stream().mapToLong(EncodedPacket::pts).sorted().boxed().toList())
                .isEqualTo(sources.stream().map(f -> Timestamps.toClock(f.captureNanos(), VideoCodec.CLOCK_RATE)).toList());

        // our decoder puts them back into capture order
        List<YuvFrame> decoded = new ArrayList<>();
        try (VideoDecoder dec = VideoDecoder.open(codec)) {
            for (EncodedPacket p : packets) {
                decoded.addAll(dec.decode(p));
            }
            decoded.addAll(dec.flush());
        }
        assertThat(decoded).hasSize(FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            assertThat(decoded.get(i).captureNanos() / 1_000_000).isEqualTo(sources.get(i).captureNanos() / 1_000_000);
            assertThat(Psnr.luma(sources.get(i), decoded.get(i))).as("picture %d", i).isGreaterThan(30);
        }

        // and ffprobe sees B-frames in the elementary stream; ffmpeg decodes it without a complaint
        Path path = dir.resolve(file);
        try (OutputStream out = Files.newOutputStream(path)) {
            for (EncodedPacket p : packets) {
                out.write(p.data());
            }
        }
        Map<String, String> stream = Ffprobe.streams(path).get(0);
        assertThat(Integer.parseInt(stream.get("has_b_frames"))).isPositive();
        String types = Ffprobe.run(List.of("ffprobe", "-v", "error", "-show_entries", "frame=pict_type", "-of", "csv=p=0",
                path.toString()));
        assertThat(types.lines().filter(t -> t.strip().equals("B")).count()).isGreaterThan(10);
        Ffprobe.run(List.of("ffmpeg", "-nostdin", "-v", "error", "-i", path.toString(), "-f", "null", "-"));
    }

    @ParameterizedTest
    @CsvSource({"AV1", "MJPEG"})
    void otherCodecsNeverGetBFrames(VideoCodec codec) {
        assertThat(VideoEncoderConfig.of(codec, 320, 240, 30).withZipstream(Zipstream.OFF.withStorage(true)).bFrames())
                .isZero();
        assertThat(VideoEncoderConfig.of(VideoCodec.H264, 320, 240, 30).bFrames()).isZero();
    }
}
