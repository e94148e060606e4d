package org.ptzcam.codec.audio.file;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_drop_output;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_get_out_samples;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;
import static org.bytedeco.ffmpeg.global.swresample.swr_set_matrix;

import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;
import org.ptzcam.codec.ffmpeg.FFmpeg;

/**
 * One swresample context converting any sample format, rate and layout to interleaved S16 at a
 * fixed rate and channel count (mono is copied to every output channel at full level), with a native output buffer that grows to the largest chunk and
 * is then reused. Not thread-safe.
 */
final class Resampler implements AutoCloseable {

    private final SwrContext swr = new SwrContext(null);
    private final AVChannelLayout outLayout = new AVChannelLayout();
    private final PointerPointer<ShortPointer> outPlanes = new PointerPointer<>(1);
    private final int outChannels;
    private ShortPointer out = new ShortPointer(0L);
    private int capacity;

    /** @param inLayout copied by swresample; the caller keeps ownership */
    Resampler(AVChannelLayout inLayout, int inFormat, int inRate, int outRate, int outChannels) {
        this.outChannels = outChannels;
        av_channel_layout_default(outLayout, outChannels);
        try {
            FFmpeg.check(swr_alloc_set_opts2(swr, outLayout, AV_SAMPLE_FMT_S16, outRate,
                    inLayout, inFormat, inRate, 0, (Pointer) null), "swr_alloc_set_opts2");
            if (inLayout.nb_channels() == 1 && outChannels > 1) {
                // swresample spreads mono (a centre channel) to left and right at -3 dB; a mono
                // microphone or file played in stereo should keep its level: copy it unchanged
                double[] copy = new double[outChannels];
                java.util.Arrays.fill(copy, 1.0);
                FFmpeg.check(swr_set_matrix(swr, copy, 1), "swr_set_matrix");
            }
            FFmpeg.check(swr_init(swr), "swr_init");
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Converts {@code inSamples} samples per channel from {@code inPlanes} (null with 0 drains
     * the resampler's delay). The result is in {@link #output()}.
     *
     * @return samples per channel written
     */
    int convert(PointerPointer<?> inPlanes, int inSamples) {
        int bound = swr_get_out_samples(swr, inSamples);
        ensureCapacity(Math.max(bound, 1));
        return FFmpeg.check(swr_convert(swr, outPlanes, capacity, inPlanes, inSamples), "swr_convert");
    }

    /** Drops the next {@code samples} output samples per channel (trims input already handed over). */
    void dropOutput(int samples) {
        if (samples > 0) {
            FFmpeg.check(swr_drop_output(swr, samples), "swr_drop_output");
        }
    }

    /** The last conversion's interleaved samples (valid until the next call). */
    ShortPointer output() {
        return out;
    }

    /** Upper bound of samples per channel that {@code inSamples} more input may produce. */
    int outputBound(int inSamples) {
        return Math.max(0, swr_get_out_samples(swr, inSamples));
    }

    private void ensureCapacity(int samples) {
        if (samples > capacity) {
            out.close();
            // headroom: chunk sizes and the buffered delay vary a little; grow once, not per wobble
            capacity = Math.max(Math.max(2 * samples, 4096), capacity * 2);
            out = new ShortPointer((long) capacity * outChannels);
            outPlanes.put(0, out);
        }
    }

    @Override
    public void close() {
        if (!swr.isNull()) {
            swr_free(swr);
        }
        av_channel_layout_uninit(outLayout);
        outLayout.close();
        outPlanes.close();
        out.close();
    }
}
