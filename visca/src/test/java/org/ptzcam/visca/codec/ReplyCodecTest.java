package org.ptzcam.visca.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.visca.codec.ViscaCases.ReplyCase;

class ReplyCodecTest {

    static Stream<ReplyCase> replies() {
        return ViscaCases.REPLIES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void encodes(ReplyCase c) {
        int address = c.cameraAddress() == 0 ? 1 : c.cameraAddress();
        assertThat(ViscaCases.hex(ReplyEncoder.encode(address, c.reply()))).isEqualTo(c.hex());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void decodes(ReplyCase c) {
        assertThat(ReplyDecoder.decode(c.bytes())).isEqualTo(new ReplyDecoder.Decoded(c.cameraAddress(), c.reply()));
    }

    @Test
    void garbageIsNull() {
        for (String hex : new String[] {"", "90", "90 41", "90 41 00 FF", "91 41 FF", "10 41 FF", "90 70 FF",
                "90 60 07 FF", "80 50 FF", "80 41 FF", "90 51 00 FF", "90 50 FF 00 FF", "88 30 FF"}) {
            assertThat(ReplyDecoder.decode(ViscaCases.hex(hex))).as(hex).isNull();
        }
    }

    @Test
    void positionNibblesAreSigned() {
        ViscaReply.InquiryAnswer a = InquiryAnswers.panTiltPosition(-1, -32768);
        byte[] d = a.data();
        assertThat(Nibbles.signed(d, 0, 4)).isEqualTo(-1);
        assertThat(Nibbles.signed(d, 4, 4)).isEqualTo(-32768);
        assertThat(Nibbles.signed(ViscaCases.hex("0F 0F 0F 0F 0F"), 0, 5)).isEqualTo(-1);
        assertThat(Nibbles.signed(ViscaCases.hex("07 0F 0F 0F 0F"), 0, 5)).isEqualTo(0x7FFFF);
    }
}
