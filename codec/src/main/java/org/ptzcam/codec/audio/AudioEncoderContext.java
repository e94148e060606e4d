package org.ptzcam.codec.audio;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_CAP_VARIABLE_FRAME_SIZE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PROFILE_AAC_LOW;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.ptzcam.codec.ffmpeg.FFmpeg;
import org.ptzcam.codec.ffmpeg.Options;

/** Creates the native audio encoder context and its reusable input frame. */
final class AudioEncoderContext {

    private AudioEncoderContext() {
    }

    /**
     * Opus through libopus (16-bit input, 20 ms frames), AAC-LC through FFmpeg's native encoder
     * (planar float input, 1024-sample frames, raw access units with the AudioSpecificConfig as
     * extradata), µ-law through pcm_mulaw (16-bit input, 20 ms packets chosen here).
     */
    static AVCodecContext open(AudioEncoderConfig config) {
        String name = switch (config.codec()) {
            case OPUS -> "libopus";
            case AAC_LC -> "aac";
            case PCMU -> "pcm_mulaw";
        };
        AVCodec codec = FFmpeg.encoder(name);
        AVCodecContext ctx = avcodec_alloc_context3(codec);
        try {
            ctx.sample_rate(config.sampleRate());
            av_channel_layout_default(ctx.ch_layout(), config.channels());
            ctx.sample_fmt(config.codec() == org.ptzcam.codec.AudioCodec.AAC_LC ? AV_SAMPLE_FMT_FLTP : AV_SAMPLE_FMT_S16);
            ctx.time_base(av_make_q(1, config.sampleRate()));
            ctx.bit_rate(config.bitrateKbps() * 1000L);
            Map<String, String> options = Map.of();
            switch (config.codec()) {
                case OPUS -> options = Map.of("frame_duration", "20");
                case AAC_LC -> {
                    ctx.profile(AV_PROFILE_AAC_LOW);
                    ctx.flags(ctx.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
                }
                case PCMU -> { }
            }
            Options.open(ctx, codec, options);
            return ctx;
        } catch (RuntimeException e) {
            avcodec_free_context(ctx);
            throw e;
        }
    }

    /** Samples per channel per packet: the codec's frame size, or 20 ms for PCM codecs. */
    static int frameSize(AVCodecContext ctx) {
        boolean variable = (ctx.codec().capabilities() & AV_CODEC_CAP_VARIABLE_FRAME_SIZE) != 0;
        return ctx.frame_size() > 0 && !variable ? ctx.frame_size() : ctx.sample_rate() / 50;
    }

    /** The input frame with room for one codec frame, allocated once and reused. */
    static AVFrame inputFrame(AVCodecContext ctx, int frameSize) {
        AVFrame frame = av_frame_alloc();
        frame.format(ctx.sample_fmt());
        frame.sample_rate(ctx.sample_rate());
        frame.nb_samples(frameSize);
        FFmpeg.check(av_channel_layout_copy(frame.ch_layout(), ctx.ch_layout()), "av_channel_layout_copy");
        int ret = av_frame_get_buffer(frame, 0);
        if (ret < 0) {
            av_frame_free(frame);
            FFmpeg.check(ret, "av_frame_get_buffer(audio)");
        }
        return frame;
    }
}
