package org.ptzcam.codec.audio.file;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;

import java.util.Objects;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;

/**
 * Converts interleaved signed 16-bit PCM from one rate and channel count to another with
 * swresample, in chunks of any size. The filter keeps state between chunks, so consecutive
 * chunks join without clicks; its delay is a few samples (about 0.3 ms).
 *
 * <p>Native and output buffers grow to the largest chunk and are then reused: steady-state calls
 * allocate nothing. Not thread-safe; {@link #close()} frees everything.
 */
public final class PcmResampler implements AutoCloseable {

    private final int inRate;
    private final int inChannels;
    private final int outRate;
    private final int outChannels;
    private final Resampler resampler;
    private final PointerPointer<ShortPointer> inPlanes = new PointerPointer<>(1);
    private ShortPointer in = new ShortPointer(0L);
    private long inCapacity;
    private short[] out = new short[0];
    private boolean closed;

    private PcmResampler(int inRate, int inChannels, int outRate, int outChannels) {
        this.inRate = inRate;
        this.inChannels = inChannels;
        this.outRate = outRate;
        this.outChannels = outChannels;
        AVChannelLayout inLayout = new AVChannelLayout();
        try {
            av_channel_layout_default(inLayout, inChannels);
            resampler = new Resampler(inLayout, AV_SAMPLE_FMT_S16, inRate, outRate, outChannels);
        } finally {
            av_channel_layout_uninit(inLayout);
            inLayout.close();
        }
    }

    /** A converter from {@code inRate} Hz × {@code inChannels} to {@code outRate} Hz × {@code outChannels}. */
    public static PcmResampler open(int inRate, int inChannels, int outRate, int outChannels) {
        checkRate(inRate);
        checkRate(outRate);
        checkChannels(inChannels);
        checkChannels(outChannels);
        NativeLibs.ensureLoaded();
        return new PcmResampler(inRate, inChannels, outRate, outChannels);
    }

    public int inRate() {
        return inRate;
    }

    public int inChannels() {
        return inChannels;
    }

    public int outRate() {
        return outRate;
    }

    public int outChannels() {
        return outChannels;
    }

    /**
     * Converts {@code in[offset, offset+length)} ({@code length} a multiple of the input channel
     * count). The result is in {@link #output()}, valid until the next call.
     *
     * @return the number of shorts written to {@link #output()} (a multiple of the output channel count)
     */
    public int convert(short[] in, int offset, int length) {
        requireOpen();
        Objects.checkFromIndexSize(offset, length, in.length);
        if (length % inChannels != 0) {
            throw new IllegalArgumentException("length " + length + " is not a multiple of " + inChannels + " channels");
        }
        if (length > inCapacity) {
            this.in.close();
            inCapacity = Math.max(length, 2 * inCapacity);
            this.in = new ShortPointer(inCapacity);
            inPlanes.put(0, this.in);
        }
        this.in.put(in, offset, length);
        int n = resampler.convert(inPlanes, length / inChannels) * outChannels;
        if (out.length < n) {
            out = new short[Math.max(2 * n, 2 * out.length)]; // headroom: chunk output varies by a few samples
        }
        resampler.output().get(out, 0, n);
        return n;
    }

    /** The interleaved output of the last {@link #convert} (its return value says how much is valid). */
    public short[] output() {
        return out;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("resampler closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        resampler.close();
        inPlanes.close();
        in.close();
    }

    private static void checkRate(int rate) {
        if (rate < 1000 || rate > 384_000) {
            throw new IllegalArgumentException("sample rate must be 1000..384000 Hz: " + rate);
        }
    }

    private static void checkChannels(int channels) {
        if (channels < 1 || channels > 8) {
            throw new IllegalArgumentException("channels must be 1..8: " + channels);
        }
    }
}
