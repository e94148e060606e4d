package org.ptzcam.visca.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptzcam.visca.codec.ViscaCases.BadCase;
import org.ptzcam.visca.codec.ViscaCases.RequestCase;

class RequestCodecTest {

    static Stream<RequestCase> requests() {
        return ViscaCases.REQUESTS.stream();
    }

    static Stream<RequestCase> canonicalRequests() {
        return ViscaCases.REQUESTS.stream().filter(RequestCase::canonical);
    }

    static Stream<BadCase> bad() {
        return ViscaCases.BAD.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void decodes(RequestCase c) {
        DecodeResult r = RequestDecoder.decode(c.bytes());
        assertThat(r).isEqualTo(new DecodeResult.Ok(0, c.address(), c.request()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalRequests")
    void encodes(RequestCase c) {
        assertThat(ViscaCases.hex(RequestEncoder.encode(c.address(), c.request()))).isEqualTo(c.hex());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void decodesInsideALargerBuffer(RequestCase c) {
        byte[] m = c.bytes();
        byte[] buf = new byte[m.length + 6];
        System.arraycopy(m, 0, buf, 3, m.length);
        buf[0] = (byte) 0xFF;
        buf[buf.length - 1] = (byte) 0x81;
        assertThat(RequestDecoder.decode(buf, 3, m.length)).isEqualTo(RequestDecoder.decode(m));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("bad")
    void rejects(BadCase c) {
        DecodeResult r = RequestDecoder.decode(c.bytes());
        assertThat(r).isInstanceOf(DecodeResult.Rejected.class);
        assertThat(((DecodeResult.Rejected) r).error()).isEqualTo(c.error());
        assertThat(((DecodeResult.Rejected) r).reason()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalRequests")
    void everyTruncationIsALengthError(RequestCase c) {
        byte[] m = c.bytes();
        for (int len = 0; len < m.length; len++) {
            DecodeResult r = RequestDecoder.decode(m, 0, len);
            assertThat(r).as("first %d bytes", len).isInstanceOf(DecodeResult.Rejected.class);
            assertThat(((DecodeResult.Rejected) r).error()).as("first %d bytes", len).isEqualTo(ViscaError.MESSAGE_LENGTH);
        }
    }

    @org.junit.jupiter.api.Test
    void badBufferBoundsAreRejectedNotThrown() {
        assertThat(RequestDecoder.decode(null, 0, 0)).isInstanceOf(DecodeResult.Rejected.class);
        assertThat(RequestDecoder.decode(new byte[4], 3, 2)).isInstanceOf(DecodeResult.Rejected.class);
        assertThat(RequestDecoder.decode(new byte[4], -1, 2)).isInstanceOf(DecodeResult.Rejected.class);
    }
}
