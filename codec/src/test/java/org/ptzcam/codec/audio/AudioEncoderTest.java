package org.ptzcam.codec.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.EncodedPacket;

class AudioEncoderTest {

    @Test
    void aacExposesItsAudioSpecificConfig() {
        try (AudioEncoder mono48 = AudioEncoder.open(AudioEncoderConfig.of(AudioCodec.AAC_LC));
             AudioEncoder stereo44 = AudioEncoder.open(new AudioEncoderConfig(AudioCodec.AAC_LC, 44100, 2, 96))) {
            // object type 2 (LC), frequency index 3 (48 kHz) or 4 (44.1 kHz), channel configuration;
            // FFmpeg appends the explicit "no SBR" extension (sync 0x2b7, type 5, flag 0)
            assertThat(mono48.extradata()).startsWith(0x11, 0x88).hasSize(5);
            assertThat(stereo44.extradata()).startsWith(0x12, 0x10).hasSize(5);
            assertThat(mono48.frameSize()).isEqualTo(1024);
        }
    }

    @Test
    void frameSizesAndClocks() {
        try (AudioEncoder opus = AudioEncoder.open(new AudioEncoderConfig(AudioCodec.OPUS, 24000, 1, 24));
             AudioEncoder pcmu = AudioEncoder.open(AudioEncoderConfig.of(AudioCodec.PCMU))) {
            assertThat(opus.frameSize()).isEqualTo(480); // 20 ms
            assertThat(opus.config().clockRate()).isEqualTo(48000);
            assertThat(pcmu.frameSize()).isEqualTo(160);
            assertThat(pcmu.config().clockRate()).isEqualTo(8000);
            assertThat(pcmu.extradata()).isEmpty();
        }
    }

    @Test
    void pcmuFromALittleEndianByteBuffer() {
        short[] pcm = Tones.sine(8000, 1, 1000, 0.1, 0.5);
        ByteBuffer bytes = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(pcm);
        List<EncodedPacket> packets = new ArrayList<>();
        try (AudioEncoder encoder = AudioEncoder.open(AudioEncoderConfig.of(AudioCodec.PCMU))) {
            packets.addAll(encoder.encode(bytes, 0));
            assertThat(bytes.hasRemaining()).isFalse();
            packets.addAll(encoder.flush());
        }
        // 800 samples: five 20 ms packets of one byte per sample, timestamps 0, 160, ...
        assertThat(packets).extracting(EncodedPacket::size).containsExactly(160, 160, 160, 160, 160);
        assertThat(packets).extracting(EncodedPacket::pts).containsExactly(0L, 160L, 320L, 480L, 640L);
    }

    @Test
    void rejectsInvalidConfigs() {
        assertThatThrownBy(() -> new AudioEncoderConfig(AudioCodec.PCMU, 16000, 1, 64))
                .hasMessageContaining("8000 Hz mono");
        assertThatThrownBy(() -> new AudioEncoderConfig(AudioCodec.OPUS, 44100, 1, 32))
                .hasMessageContaining("Opus sample rate");
        assertThatThrownBy(() -> new AudioEncoderConfig(AudioCodec.AAC_LC, 48000, 3, 64))
                .hasMessageContaining("channels");
    }

    @Test
    void encodingAfterFlushOrCloseFails() {
        AudioEncoder encoder = AudioEncoder.open(AudioEncoderConfig.of(AudioCodec.OPUS));
        encoder.flush();
        assertThatThrownBy(() -> encoder.encode(new short[960])).isInstanceOf(IllegalStateException.class);
        encoder.close();
        encoder.close();
        assertThatThrownBy(() -> encoder.encode(new short[960])).isInstanceOf(IllegalStateException.class);
    }
}
