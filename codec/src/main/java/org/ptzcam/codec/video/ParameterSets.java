package org.ptzcam.codec.video;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ptzcam.codec.VideoCodec;

/**
 * Out-of-band decoder configuration a session description needs: H.264 SPS and PPS, H.265 VPS,
 * SPS and PPS as raw NAL units (no start codes, emulation prevention kept, ready for
 * base64 in {@code sprop-parameter-sets}); the AV1 sequence header as one complete OBU; nothing
 * for MJPEG.
 *
 * @param codec the codec these belong to
 * @param units the units in stream order; arrays must not be modified
 */
public record ParameterSets(VideoCodec codec, List<byte[]> units) {

    public ParameterSets {
        Objects.requireNonNull(codec, "codec");
        units = List.copyOf(units);
    }

    /** No parameter sets (MJPEG, or not known yet). */
    public static ParameterSets none(VideoCodec codec) {
        return new ParameterSets(codec, List.of());
    }

    /**
     * The parameter sets at the start of an access unit or in codec extradata (Annex-B or OBUs),
     * or empty if there are none.
     */
    public static ParameterSets extract(VideoCodec codec, byte[] data) {
        List<byte[]> found = switch (codec) {
            case MJPEG -> List.of();
            case H264 -> AnnexB.splitUntil(data, nal -> isVcl(codec, nal)).stream()
                    .filter(nal -> h264Type(nal) == 7 || h264Type(nal) == 8).toList();
            case H265 -> AnnexB.splitUntil(data, nal -> isVcl(codec, nal)).stream()
                    .filter(nal -> h265Type(nal) >= 32 && h265Type(nal) <= 34).toList();
            case AV1 -> Obus.headersUntilFrame(data).stream()
                    .filter(obu -> Obus.type(obu[0]) == Obus.SEQUENCE_HEADER).toList();
        };
        return new ParameterSets(codec, found);
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }

    /** H.264 SPS (type 7) or H.265 SPS (type 33). */
    public Optional<byte[]> sps() {
        return ofType(codec == VideoCodec.H264 ? 7 : 33);
    }

    /** H.264 PPS (type 8) or H.265 PPS (type 34). */
    public Optional<byte[]> pps() {
        return ofType(codec == VideoCodec.H264 ? 8 : 34);
    }

    /** H.265 VPS (type 32). */
    public Optional<byte[]> vps() {
        return codec == VideoCodec.H265 ? ofType(32) : Optional.empty();
    }

    /** AV1 sequence header OBU. */
    public Optional<byte[]> sequenceHeader() {
        return codec == VideoCodec.AV1 && !units.isEmpty() ? Optional.of(units.get(0)) : Optional.empty();
    }

    /**
     * H.264 {@code profile-level-id} for SDP (RFC 6184): six hex digits, profile_idc,
     * constraint flags and level_idc from the SPS; empty for other codecs or without SPS.
     */
    public Optional<String> profileLevelId() {
        if (codec != VideoCodec.H264) {
            return Optional.empty();
        }
        return sps().filter(s -> s.length >= 4).map(s -> HexFormat.of().formatHex(s, 1, 4));
    }

    /** True if both hold the same bytes. */
    public boolean sameContent(ParameterSets other) {
        if (other == null || codec != other.codec || units.size() != other.units.size()) {
            return false;
        }
        for (int i = 0; i < units.size(); i++) {
            if (!Arrays.equals(units.get(i), other.units.get(i))) {
                return false;
            }
        }
        return true;
    }

    private Optional<byte[]> ofType(int type) {
        if (codec != VideoCodec.H264 && codec != VideoCodec.H265) {
            return Optional.empty();
        }
        return units.stream().filter(u -> (codec == VideoCodec.H264 ? h264Type(u) : h265Type(u)) == type).findFirst();
    }

    private static boolean isVcl(VideoCodec codec, byte[] nal) {
        return codec == VideoCodec.H264 ? h264Type(nal) >= 1 && h264Type(nal) <= 5 : h265Type(nal) <= 31;
    }

    private static int h264Type(byte[] nal) {
        return nal[0] & 0x1f;
    }

    private static int h265Type(byte[] nal) {
        return (nal[0] >> 1) & 0x3f;
    }

    @Override
    public String toString() {
        return "ParameterSets[" + codec + ", " + units.stream().map(u -> u.length + "B").toList() + "]";
    }
}
