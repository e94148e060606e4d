package org.ptzcam.codec;

import java.util.Objects;

/**
 * One encoded access unit (a video frame or an audio frame).
 *
 * <p>The array is owned by the packet once created: producers never touch it again and consumers
 * must not modify it, so one packet can be fanned out to many consumers without copying.
 *
 * @param codec    the format of {@code data}
 * @param data     the access unit: Annex-B for H.264/H.265, OBUs for AV1, a JPEG file for MJPEG,
 *                 a raw codec frame for audio
 * @param pts      presentation time in the codec's RTP clock (90 kHz for video; see
 *                 {@code AudioEncoderConfig#clockRate()} for audio)
 * @param keyframe true if decoding can start here (IDR / key frame; always true for MJPEG and audio)
 */
public record EncodedPacket(Codec codec, byte[] data, long pts, boolean keyframe) {

    public EncodedPacket {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(data, "data");
    }

    /** Payload length in bytes. */
    public int size() {
        return data.length;
    }

    @Override
    public String toString() {
        return "EncodedPacket[" + codec + ", " + data.length + " bytes, pts=" + pts + (keyframe ? ", key]" : "]");
    }
}
