package org.ptzcam.rtsp.sdp;

import java.util.List;
import org.ptzcam.rtsp.rtp.aac.AudioSpecificConfig;

/** Media sections for the audio formats the camera streams over RTP. */
public final class AudioMedia {

    /** Static payload type of G.711 µ-law (RFC 3551). */
    public static final int PCMU_PT = 0;
    /** Dynamic payload type of the AAC and Opus tracks (a session has one audio track). */
    public static final int DYNAMIC_PT = 97;

    private AudioMedia() {
    }

    /** G.711 µ-law, 8 kHz mono, static PT 0 (rtpmap given anyway: some clients want it). */
    public static SdpMedia pcmu(String control) {
        return new SdpMedia("audio", PCMU_PT, "PCMU/8000", null, control, List.of("ptime:20"));
    }

    /**
     * AAC-LC as RFC 3640 {@code mpeg4-generic} in AAC-hbr mode; clock = sample rate; {@code config}
     * is the AudioSpecificConfig in hex.
     */
    public static SdpMedia aac(int sampleRate, int channels, String control) {
        String fmtp = "streamtype=5;profile-level-id=1;mode=AAC-hbr;sizelength=13;indexlength=3;indexdeltalength=3;config="
                + AudioSpecificConfig.hex(sampleRate, channels);
        return new SdpMedia("audio", DYNAMIC_PT, "mpeg4-generic/" + sampleRate + "/" + channels, fmtp, control, List.of());
    }

    /**
     * Opus (RFC 7587 §7): always {@code opus/48000/2} in rtpmap; mono or stereo in
     * {@code sprop-stereo}; the encoder's input rate as {@code sprop-maxcapturerate}.
     */
    public static SdpMedia opus(int sampleRate, int channels, String control) {
        String fmtp = "sprop-stereo=" + (channels == 2 ? 1 : 0) + ";sprop-maxcapturerate=" + sampleRate;
        return new SdpMedia("audio", DYNAMIC_PT, "opus/48000/2", fmtp, control, List.of("ptime:20"));
    }
}
