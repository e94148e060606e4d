package org.ptzcam.codec.video;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_CLOSED_GOP;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_QSCALE;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_SMPTE170M;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.FF_QP2LAMBDA;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.ptzcam.codec.CodecException;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.ffmpeg.FFmpeg;
import org.ptzcam.codec.ffmpeg.Options;

/** Creates and opens the native encoder context and its reusable input frame for a config. */
final class EncoderContext {

    /** {@code FF_THREAD_SLICE} from avcodec.h (javacpp does not expose the macro). */
    private static final int FF_THREAD_SLICE = 2;

    private EncoderContext() {
    }

    /**
     * An opened encoder context. Pixels are I420 tagged full range with BT.601 matrix (the camera's
     * native levels: no conversion pass, and the same tagging Axis cameras use); timestamps are in
     * the 90 kHz RTP clock; no B-frames unless the config asks ({@link VideoEncoderConfig#bFrames()}) and no frame
     * threading (zero delay otherwise); extradata is requested (global header) while x264/x265
     * still repeat parameter sets in-band before every IDR.
     */
    static AVCodecContext open(VideoEncoderConfig config, EncoderSetup setup, int threads) {
        AVCodec codec = FFmpeg.encoder(setup.encoderName());
        AVCodecContext ctx = avcodec_alloc_context3(codec);
        if (ctx == null || ctx.isNull()) {
            throw new CodecException("avcodec_alloc_context3 failed for " + setup.encoderName());
        }
        try {
            ctx.width(config.width());
            ctx.height(config.height());
            ctx.pix_fmt(AV_PIX_FMT_YUV420P);
            ctx.color_range(AVCOL_RANGE_JPEG);
            ctx.colorspace(AVCOL_SPC_SMPTE170M);
            ctx.sample_aspect_ratio(av_make_q(1, 1));
            ctx.time_base(av_make_q(1, VideoCodec.CLOCK_RATE));
            ctx.framerate(av_make_q(config.frameRate().numerator(), config.frameRate().denominator()));
            // dynamic GOP: the encoder's interval is the upper limit; VideoEncoder forces the rest
            Zipstream z = config.effectiveZipstream();
            ctx.gop_size(z.dynamicGop() ? Math.max(config.gopLength(), z.maxGopLength()) : config.gopLength());
            ctx.max_b_frames(config.bFrames());
            if (config.bFrames() > 0) {
                // closed GOPs: a viewer joining at a key frame decodes everything after it
                ctx.flags(ctx.flags() | AV_CODEC_FLAG_CLOSED_GOP);
            }
            ctx.thread_count(threads);
            // slice threads only: frame threading (MJPEG) would delay every packet by frames
            ctx.thread_type(FF_THREAD_SLICE);
            if (config.codec() != VideoCodec.MJPEG) {
                ctx.flags(ctx.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
            }
            if (setup.bitRateBps() > 0) {
                ctx.bit_rate(setup.bitRateBps());
            }
            if (setup.maxRateBps() > 0) {
                ctx.rc_max_rate(setup.maxRateBps());
            }
            if (setup.bufferBits() > 0) {
                ctx.rc_buffer_size((int) Math.min(Integer.MAX_VALUE, setup.bufferBits()));
            }
            if (setup.fixedQscale() > 0) {
                ctx.flags(ctx.flags() | AV_CODEC_FLAG_QSCALE);
                ctx.global_quality(setup.fixedQscale() * FF_QP2LAMBDA);
            }
            Options.open(ctx, codec, setup.options());
            return ctx;
        } catch (RuntimeException e) {
            avcodec_free_context(ctx);
            throw e;
        }
    }

    /** The encoder's input frame with its own pixel buffer, allocated once and reused. */
    static AVFrame inputFrame(AVCodecContext ctx) {
        AVFrame frame = av_frame_alloc();
        frame.format(ctx.pix_fmt());
        frame.width(ctx.width());
        frame.height(ctx.height());
        frame.color_range(ctx.color_range());
        frame.colorspace(ctx.colorspace());
        frame.quality(ctx.global_quality());
        int ret = av_frame_get_buffer(frame, 0);
        if (ret < 0) {
            av_frame_free(frame);
            FFmpeg.check(ret, "av_frame_get_buffer");
        }
        return frame;
    }
}
