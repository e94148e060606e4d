package org.ptzcam.codec.audio;

import java.util.Objects;
import java.util.Set;
import org.ptzcam.codec.AudioCodec;

/**
 * One audio encoding: codec, input sample rate and channel count, and bitrate.
 *
 * @param codec       the output format
 * @param sampleRate  PCM input rate in Hz (Opus: 8/12/16/24/48 kHz; AAC: 8–96 kHz; PCMU: 8 kHz)
 * @param channels    1 or 2 (PCMU: 1)
 * @param bitrateKbps target bitrate in kbit/s (PCMU is always 64)
 */
public record AudioEncoderConfig(AudioCodec codec, int sampleRate, int channels, int bitrateKbps) {

    private static final Set<Integer> OPUS_RATES = Set.of(8000, 12000, 16000, 24000, 48000);
    private static final Set<Integer> AAC_RATES =
            Set.of(8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 64000, 88200, 96000);

    public AudioEncoderConfig {
        Objects.requireNonNull(codec, "codec");
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException("channels must be 1 or 2: " + channels);
        }
        switch (codec) {
            case OPUS -> {
                require(OPUS_RATES.contains(sampleRate), "Opus sample rate must be one of " + OPUS_RATES);
                require(bitrateKbps >= 6 && bitrateKbps <= 510, "Opus bitrate must be 6..510 kbit/s");
            }
            case AAC_LC -> {
                require(AAC_RATES.contains(sampleRate), "AAC sample rate must be one of " + AAC_RATES);
                require(bitrateKbps >= 8 && bitrateKbps <= 512, "AAC bitrate must be 8..512 kbit/s");
            }
            case PCMU -> {
                require(sampleRate == 8000 && channels == 1, "G.711 µ-law is 8000 Hz mono");
                require(bitrateKbps == 64, "G.711 µ-law is 64 kbit/s");
            }
        }
    }

    /** Defaults: Opus 48 kHz mono 32 kbit/s, AAC-LC 48 kHz mono 64 kbit/s, PCMU 8 kHz mono. */
    public static AudioEncoderConfig of(AudioCodec codec) {
        return switch (codec) {
            case OPUS -> new AudioEncoderConfig(codec, 48000, 1, 32);
            case AAC_LC -> new AudioEncoderConfig(codec, 48000, 1, 64);
            case PCMU -> new AudioEncoderConfig(codec, 8000, 1, 64);
        };
    }

    /**
     * The RTP clock of the packets' timestamps: 48 kHz for Opus whatever the input rate
     * (RFC 7587), the sample rate for AAC (RFC 3640), 8 kHz for PCMU (RFC 3551).
     */
    public int clockRate() {
        return codec == AudioCodec.OPUS ? 48000 : sampleRate;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
