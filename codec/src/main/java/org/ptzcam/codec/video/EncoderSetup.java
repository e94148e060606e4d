package org.ptzcam.codec.video;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ptzcam.codec.video.BitrateControl.Abr;
import org.ptzcam.codec.video.BitrateControl.Mbr;
import org.ptzcam.codec.video.BitrateControl.Priority;
import org.ptzcam.codec.video.BitrateControl.Vbr;

/**
 * The FFmpeg settings for one {@link VideoEncoderConfig}: a pure translation, no native calls, so
 * the mapping documented in the README is testable on its own.
 *
 * @param encoderName   FFmpeg encoder name
 * @param options       private options passed to {@code avcodec_open2}
 * @param bitRateBps    {@code AVCodecContext.bit_rate} (0 = not set)
 * @param maxRateBps    {@code rc_max_rate} (0 = not set)
 * @param bufferBits    {@code rc_buffer_size} (0 = not set)
 * @param fixedQscale   MJPEG constant qscale, 0 if rate controlled
 * @param dropOverBudget MBR with quality priority: drop frames instead of lowering quality
 */
record EncoderSetup(String encoderName, Map<String, String> options, long bitRateBps, long maxRateBps,
                    long bufferBits, int fixedQscale, boolean dropOverBudget) {

    static EncoderSetup of(VideoEncoderConfig c) {
        return switch (c.codec()) {
            case MJPEG -> mjpeg(c);
            // Zipstream's quantizer offsets reach x264 as quant_offsets and x265 as quantOffsets, which
            // both apply only in their adaptive quantization pass (ultrafast switches it off, and both
            // switch it off again at strength 0); at strength 0.01 their own variance offsets stay
            // below 0.1 QP, so blocks that move are coded as without Zipstream
            case H264 -> h264Profile(c, x26x(c, "libx264", "x264-params", "repeat-headers=1:scenecut=0"
                    + c.h264Profile().x264Tools() + zipstreamAq(c)));
            case H265 -> x26x(c, "libx265", "x265-params",
                    "repeat-headers=1:scenecut=0:open-gop=0:info=0:log-level=error" + zipstreamAq(c)
                    // x265 refuses B-frames unless its lookahead is deeper than a run of them
                    + (c.bFrames() > 0 ? ":rc-lookahead=" + (c.bFrames() + 1) : ""));
            case AV1 -> svtAv1(c);
        };
    }

    /** AQ as the carrier of Zipstream's offsets, for a strength other than off. */
    private static String zipstreamAq(VideoEncoderConfig c) {
        return c.effectiveZipstream().strength() > 0 ? ":aq-mode=1:aq-strength=0.01" : "";
    }

    /** The CRF the encoder runs at, or -1 when its rate control is not quality-based (MJPEG, x265 ABR). */
    double crf() {
        String v = encoderName.equals("mjpeg") ? null : options.get("crf");
        return v == null ? -1 : Double.parseDouble(v);
    }

    /**
     * x264's {@code profile} as the ceiling over the tools {@link H264Profile} switches on: baseline
     * also forbids what a slower preset would enable (B-frames, weighted prediction, 8×8 transform).
     */
    private static EncoderSetup h264Profile(VideoEncoderConfig c, EncoderSetup s) {
        Map<String, String> o = new LinkedHashMap<>(s.options());
        o.put("profile", c.h264Profile().id());
        return new EncoderSetup(s.encoderName(), o, s.bitRateBps(), s.maxRateBps(), s.bufferBits(), s.fixedQscale(),
                s.dropOverBudget());
    }

    /**
     * The standard Huffman tables, not per-picture optimal ones: RTP/JPEG (RFC 2435) receivers assume
     * them, so the RTSP face can send our frames as they are instead of re-coding each one.
     */
    private static final Map<String, String> MJPEG_OPTIONS = Map.of("huffman", "default");

    /** Constant qscale (VBR, MBR-quality) or mpegvideo rate control (MBR-framerate, ABR). */
    private static EncoderSetup mjpeg(VideoEncoderConfig c) {
        int q = QualityMapping.jpegQscale(c.compression());
        return switch (c.bitrateControl()) {
            case Vbr v -> new EncoderSetup("mjpeg", MJPEG_OPTIONS, 0, 0, 0, q, false);
            case Mbr m when m.priority() == Priority.QUALITY ->
                    new EncoderSetup("mjpeg", MJPEG_OPTIONS, 0, 0, 0, q, true);
            case Mbr m -> rated("mjpeg", MJPEG_OPTIONS, bps(m.targetKbps()), bps(m.targetKbps()), vbvBuffer(m.targetKbps()));
            case Abr a -> rated("mjpeg", MJPEG_OPTIONS, bps(a.targetKbps()), 0, bps(a.targetKbps()) * 4);
        };
    }

    /**
     * x264 and x265: CRF from compression; MBR adds a VBV cap (capped CRF) with a 0.2 s buffer;
     * ABR switches to the encoder's average-bitrate mode (the media module's controller moves its
     * rate). Parameter sets are repeated on every IDR.
     */
    private static EncoderSetup x26x(VideoEncoderConfig c, String name, String paramsKey, String params) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("preset", c.preset().x26xName());
        o.put("tune", "zerolatency");
        o.put("forced-idr", "1");
        o.put(paramsKey, params);
        String crf = Integer.toString(QualityMapping.h26xCrf(c.compression()));
        return switch (c.bitrateControl()) {
            case Vbr v -> {
                o.put("crf", crf);
                yield new EncoderSetup(name, o, 0, 0, 0, 0, false);
            }
            case Mbr m when m.priority() == Priority.QUALITY -> {
                // frames are dropped to hold the rate; the VBV (a one-second buffer refilled fast
                // enough never to bind otherwise) only squeezes a frame that alone would take more
                // than a second of the target, such as a busy scene's key frame
                o.put("crf", crf);
                long perFrameRefill = Math.round(bps(m.targetKbps()) * Math.max(1, c.frameRate().fps()));
                yield new EncoderSetup(name, o, 0, perFrameRefill, bps(m.targetKbps()), 0, true);
            }
            case Mbr m -> {
                o.put("crf", crf);
                yield rated(name, o, 0, bps(m.targetKbps()), vbvBuffer(m.targetKbps()));
            }
            // x264: capped CRF whose cap the media module's ABR controller moves at run time (x264
            // re-reads VBV settings, but not an average-bitrate target); x265 cannot be re-steered,
            // so it uses its own average-bitrate mode over the whole stream
            case Abr a when name.equals("libx264") -> {
                o.put("crf", crf);
                yield rated(name, o, 0, bps(a.targetKbps()), bps(a.targetKbps()));
            }
            case Abr a -> rated(name, o, bps(a.targetKbps()), a.maxKbps() > 0 ? bps(a.maxKbps()) : 0,
                    a.maxKbps() > 0 ? bps(a.maxKbps()) : 0);
        };
    }

    /**
     * SVT-AV1 in real-time mode (low-delay prediction). Its low-delay mode supports only CQP/CRF
     * and CBR, so MBR-framerate and ABR both become CBR at the target.
     */
    private static EncoderSetup svtAv1(VideoEncoderConfig c) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("preset", Integer.toString(c.preset().svtPreset()));
        String crf = Integer.toString(QualityMapping.av1Crf(c.compression()));
        return switch (c.bitrateControl()) {
            case Vbr v -> {
                o.put("crf", crf);
                o.put("svtav1-params", "rtc=1");
                yield new EncoderSetup("libsvtav1", o, 0, 0, 0, 0, false);
            }
            case Mbr m when m.priority() == Priority.QUALITY -> {
                o.put("crf", crf);
                o.put("svtav1-params", "rtc=1");
                yield new EncoderSetup("libsvtav1", o, 0, 0, 0, 0, true);
            }
            case Mbr m -> cbrAv1(o, m.targetKbps());
            case Abr a -> cbrAv1(o, a.targetKbps());
        };
    }

    private static EncoderSetup cbrAv1(Map<String, String> o, int kbps) {
        o.put("svtav1-params", "rtc=1:rc=2:tbr=" + kbps);
        return new EncoderSetup("libsvtav1", o, 0, 0, 0, 0, false);
    }

    private static EncoderSetup rated(String name, Map<String, String> o, long bitRate, long maxRate, long buffer) {
        return new EncoderSetup(name, o, bitRate, maxRate, buffer, 0, false);
    }

    /**
     * The VBV buffer of a bitrate cap: {@value #VBV_SECONDS} s of it. A VBV decoder model bounds the
     * bits of any window of T seconds by {@code maxrate × T + buffer}, so no one-second window can
     * exceed the cap by more than 20 % (the MBR promise), at the price of harder-squeezed key frames.
     */
    static long vbvBuffer(int kbps) {
        return Math.round(bps(kbps) * VBV_SECONDS);
    }

    /** Seconds of the cap the VBV buffer holds; see {@link #vbvBuffer}. */
    static final double VBV_SECONDS = 0.2;

    private static long bps(int kbps) {
        return kbps * 1000L;
    }
}
