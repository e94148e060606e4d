package org.ptzcam.codec.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.TestFrames;
import org.ptzcam.codec.VideoCodec;

class ParameterSetsTest {

    @Test
    void h264SpsPpsKnownAtOpenAndRepeatedInBand() {
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.H264, 320, 240, 30))) {
            ParameterSets atOpen = encoder.parameterSets();
            assertThat(atOpen.sps()).hasValueSatisfying(sps -> assertThat(sps[0] & 0x1f).isEqualTo(7));
            assertThat(atOpen.pps()).hasValueSatisfying(pps -> assertThat(pps[0] & 0x1f).isEqualTo(8));
            byte[] sps = atOpen.sps().orElseThrow();
            assertThat(atOpen.profileLevelId()).contains(HexFormat.of().formatHex(sps, 1, 4));

            EncodedPacket key = encoder.encode(TestFrames.moving(320, 240, 0)).get(0);
            assertThat(ParameterSets.extract(VideoCodec.H264, key.data()).sameContent(atOpen)).isTrue();
        }
    }

    @Test
    void h265HasVpsSpsPps() {
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.H265, 320, 240, 30))) {
            ParameterSets sets = encoder.parameterSets();
            assertThat(sets.vps()).hasValueSatisfying(u -> assertThat((u[0] >> 1) & 0x3f).isEqualTo(32));
            assertThat(sets.sps()).hasValueSatisfying(u -> assertThat((u[0] >> 1) & 0x3f).isEqualTo(33));
            assertThat(sets.pps()).hasValueSatisfying(u -> assertThat((u[0] >> 1) & 0x3f).isEqualTo(34));
            assertThat(sets.units()).hasSize(3);
            assertThat(sets.profileLevelId()).isEmpty();
        }
    }

    @Test
    void av1SequenceHeaderFromTheKeyframe() {
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.AV1, 320, 240, 30))) {
            assertThat(encoder.parameterSets().sequenceHeader()).isPresent();
            EncodedPacket key = encoder.encode(TestFrames.moving(320, 240, 0)).get(0);
            assertThat(Obus.startsWithTemporalDelimiter(key.data())).isTrue();
            byte[] header = encoder.parameterSets().sequenceHeader().orElseThrow();
            assertThat(Obus.type(header[0])).isEqualTo(Obus.SEQUENCE_HEADER);
            assertThat(ParameterSets.extract(VideoCodec.AV1, key.data()).sameContent(encoder.parameterSets())).isTrue();
        }
    }

    @Test
    void mjpegHasNone() {
        try (VideoEncoder encoder = VideoEncoder.open(VideoEncoderConfig.of(VideoCodec.MJPEG, 320, 240, 30))) {
            assertThat(encoder.parameterSets().isEmpty()).isTrue();
        }
    }

    @Test
    void annexBSplitsThreeAndFourByteStartCodes() {
        byte[] stream = {0, 0, 0, 1, 0x67, 1, 2, 0, 0, 1, 0x68, 3, 0, 0, 0, 0, 1, 0x65, 0, 0, 3, 1};
        assertThat(AnnexB.split(stream)).containsExactly(
                new byte[] {0x67, 1, 2}, new byte[] {0x68, 3}, new byte[] {0x65, 0, 0, 3, 1});
    }

    @Test
    void obusStopAtTheFirstFrame() {
        byte[] data = {
            0x12, 0x00,                   // temporal delimiter, size 0
            0x0a, 0x02, 0x11, 0x22,       // sequence header, size 2
            0x32, 0x03, 1, 2, 3,          // frame, size 3
            0x0a, 0x01, 0x33              // would be ignored: after the frame
        };
        assertThat(Obus.headersUntilFrame(data)).containsExactly(
                new byte[] {0x12, 0x00}, new byte[] {0x0a, 0x02, 0x11, 0x22}, new byte[] {0x32, 0x03, 1, 2, 3});
        assertThat(ParameterSets.extract(VideoCodec.AV1, data).units())
                .containsExactly(new byte[] {0x0a, 0x02, 0x11, 0x22});
    }
}
