package org.ptzcam.codec;

import java.util.Objects;

/**
 * One encoded access unit (a video frame or an audio frame).
 *
 * <p>The array is owned by the packet once created: producers never touch it again and consumers
 * must not modify it, so one packet can be fanned out to many consumers without copying.
 *
 * <p>Encoders hand packets out in decoding order. Without B-frames that is presentation order and
 * {@code dts == pts}; with B-frames ("optimize for storage") a B-frame comes after the later picture
 * it is predicted from, so {@code pts} goes back and forth while {@code dts} rises. RTP carries
 * {@code pts} (RFC 6184/7798: the timestamp is the sampling time) in the order packets come.
 *
 * @param codec    the format of {@code data}
 * @param data     the access unit: Annex-B for H.264/H.265, OBUs for AV1, a JPEG file for MJPEG,
 *                 a raw codec frame for audio
 * @param pts      presentation time in the codec's RTP clock (90 kHz for video; see
 *                 {@code AudioEncoderConfig#clockRate()} for audio)
 * @param dts      decoding time in the same clock: {@code dts <= pts}, strictly increasing from packet
 *                 to packet of one stream (with B-frames it starts before the first {@code pts})
 * @param keyframe true if decoding can start here (IDR / key frame; always true for MJPEG and audio)
 */
public record EncodedPacket(Codec codec, byte[] data, long pts, long dts, boolean keyframe) {

    public EncodedPacket {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(data, "data");
    }

    /** A packet decoded when presented (no reordering): {@code dts == pts}. */
    public EncodedPacket(Codec codec, byte[] data, long pts, boolean keyframe) {
        this(codec, data, pts, pts, keyframe);
    }

    /** Payload length in bytes. */
    public int size() {
        return data.length;
    }

    @Override
    public String toString() {
        return "EncodedPacket[" + codec + ", " + data.length + " bytes, pts=" + pts
                + (dts != pts ? ", dts=" + dts : "") + (keyframe ? ", key]" : "]");
    }
}
