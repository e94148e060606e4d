package org.ptzcam.media.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ptzcam.media.overlay.Frames.ctx;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.VideoDecoder;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.codec.video.VideoEncoderConfig;
import org.ptzcam.device.overlay.OverlayColor;
import org.ptzcam.device.overlay.OverlayPosition;
import org.ptzcam.device.overlay.TextOverlay;
import org.ptzcam.media.view.ViewState;

/** The overlay survives the real encoder: the decoded region matches the rendering it was given. */
class OverlayReferenceTest {

    @Test
    void decodedMjpegRegionMatchesTheReferenceRendering() {
        OverlayStage stage = new OverlayStage(Clock.fixed(Instant.parse("2026-01-09T10:00:00Z"), ZoneOffset.UTC), 360,
                () -> "cam", PresetSupplier.none());
        stage.update(List.of(new TextOverlay(1, 1, "%F %T #x", OverlayPosition.parse("topLeft"), OverlayColor.WHITE,
                OverlayColor.parse("semitransparent"), OverlayColor.BLACK, 24)), name -> null);
        YuvFrame reference = Frames.flat(640, 360, 128, 128, 128);
        stage.apply(reference, ctx(ViewState.of(12.5, 0, 1), 0, 0));
        int[] box = Frames.changed(Frames.flat(640, 360, 128, 128, 128), reference);
        assertThat(box[4]).isGreaterThan(1000);

        YuvFrame decoded = roundTrip(reference);
        double inside = Frames.psnr(reference, decoded, box[0], box[1], box[2] + 1, box[3] + 1);
        assertThat(inside).as("PSNR of the overlay region, dB").isGreaterThan(30);
        // and the same region without the overlay is far from it: the overlay really is in the stream
        double withoutOverlay = Frames.psnr(reference, Frames.flat(640, 360, 128, 128, 128), box[0], box[1],
                box[2] + 1, box[3] + 1);
        assertThat(withoutOverlay).isLessThan(inside - 10);
    }

    private static YuvFrame roundTrip(YuvFrame frame) {
        List<EncodedPacket> packets = new ArrayList<>();
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.MJPEG, 640, 360, 25)
                .withCompression(10))) {
            packets.addAll(encoder.encode(frame));
            packets.addAll(encoder.flush());
        }
        List<YuvFrame> out = new ArrayList<>();
        try (VideoDecoder decoder = VideoDecoder.open(VideoCodec.MJPEG)) {
            for (EncodedPacket p : packets) {
                out.addAll(decoder.decode(p));
            }
            out.addAll(decoder.flush());
        }
        assertThat(out).hasSize(1);
        return out.get(0);
    }
}
