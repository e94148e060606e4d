package org.ptzcam.visca.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.visca.codec.ViscaCases.FrameCase;
import org.ptzcam.visca.codec.ViscaCases.MalformedFrameCase;

class IpFrameCodecTest {

    static Stream<FrameCase> frames() {
        return ViscaCases.FRAMES.stream();
    }

    static Stream<MalformedFrameCase> malformed() {
        return ViscaCases.MALFORMED_FRAMES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void decodes(FrameCase c) {
        assertThat(IpFrameDecoder.decode(c.bytes())).isEqualTo(new IpFrameDecoder.Frame(c.frame()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void encodes(FrameCase c) {
        assertThat(ViscaCases.hex(c.frame().encode())).isEqualTo(c.hex());
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("malformed")
    void answersMalformedDatagramsWithTheSpecifiedError(MalformedFrameCase c) {
        IpFrameDecoder.Result r = IpFrameDecoder.decode(c.bytes());
        assertThat(r).isInstanceOf(IpFrameDecoder.Malformed.class);
        IpFrameDecoder.Malformed m = (IpFrameDecoder.Malformed) r;
        assertThat(ViscaCases.hex(m.reply().encode())).isEqualTo(c.replyHex());
        assertThat(m.reason()).isNotBlank();
    }

    @Test
    void bareViscaIsRecognisedAsRaw() {
        IpFrameDecoder.Result r = IpFrameDecoder.decode(ViscaCases.hex("81 09 04 00 FF"));
        assertThat(r).isInstanceOf(IpFrameDecoder.Raw.class);
        assertThat(ViscaCases.hex(((IpFrameDecoder.Raw) r).message())).isEqualTo("81 09 04 00 FF");
    }

    @Test
    void sequenceNumberIsUnsigned32Bits() {
        IpFrame f = new IpFrame(PayloadType.VISCA_COMMAND, 0x1_8000_0001L, ViscaCases.hex("81 01 06 04 FF"));
        assertThat(f.sequence()).isEqualTo(0x8000_0001L);
        assertThat(IpFrameDecoder.decode(f.encode())).isEqualTo(new IpFrameDecoder.Frame(f));
    }
}
