package org.ptzcam.codec.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.EncodedPacket;

class AdtsTest {

    @TempDir
    Path tmp;

    @Test
    void headerFieldsFor48kMono() {
        byte[] h = Adts.header(100, 48000, 1);
        assertThat(h).hasSize(7);
        assertThat(h[0] & 0xFF).isEqualTo(0xFF);
        assertThat(h[1] & 0xF6).isEqualTo(0xF0);
        assertThat((h[2] >> 2) & 0xF).isEqualTo(3);     // 48 kHz
        int length = ((h[3] & 3) << 11) | ((h[4] & 0xFF) << 3) | ((h[5] & 0xFF) >> 5);
        assertThat(length).isEqualTo(107);
    }

    @Test
    void unsupportedRatesAndChannelsAreRefused() {
        assertThatThrownBy(() -> Adts.header(10, 47000, 1)).hasMessageContaining("47000");
        assertThatThrownBy(() -> Adts.header(10, 48000, 0)).hasMessageContaining("channels");
    }

    @Test
    void ffprobeReadsOurAdtsStream() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioEncoder enc = AudioEncoder.open(new AudioEncoderConfig(AudioCodec.AAC_LC, 16000, 1, 32))) {
            short[] pcm = new short[16000];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) (8000 * Math.sin(2 * Math.PI * 1000 * i / 16000.0));
            }
            for (EncodedPacket p : enc.encode(pcm)) {
                out.write(Adts.header(p.size(), 16000, 1));
                out.write(p.data());
            }
        }
        Path file = Files.write(tmp.resolve("tone.aac"), out.toByteArray());
        var stream = org.ptzcam.codec.Ffprobe.streams(file).get(0);
        assertThat(stream).containsEntry("codec_name", "aac").containsEntry("sample_rate", "16000")
                .containsEntry("channels", "1");
    }
}
