package org.ptzcam.codec.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16P;
import static org.bytedeco.ffmpeg.global.avutil.av_get_sample_fmt_name;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.ptzcam.codec.CodecException;

/** Moves interleaved 16-bit PCM into and out of AVFrames of the sample formats our codecs use. */
final class Samples {

    private static final float SCALE = 32768f;

    private Samples() {
    }

    /** Writes {@code perChannel} samples of interleaved {@code pcm} into a S16 or FLTP frame. */
    static void write(AVFrame frame, short[] pcm, int perChannel, int channels) {
        int format = frame.format();
        if (format == AV_SAMPLE_FMT_S16) {
            shorts(frame, 0, perChannel * channels).put(0, pcm, 0, perChannel * channels);
        } else if (format == AV_SAMPLE_FMT_FLTP) {
            for (int c = 0; c < channels; c++) {
                FloatBuffer plane = floats(frame, c, perChannel);
                for (int i = 0; i < perChannel; i++) {
                    plane.put(i, pcm[i * channels + c] / SCALE);
                }
            }
        } else {
            throw unsupported(format);
        }
    }

    /** The frame's samples as interleaved 16-bit PCM (S16, S16P, FLT or FLTP input). */
    static short[] read(AVFrame frame, int channels) {
        int n = frame.nb_samples();
        short[] out = new short[n * channels];
        int format = frame.format();
        if (format == AV_SAMPLE_FMT_S16) {
            shorts(frame, 0, n * channels).get(0, out);
        } else if (format == AV_SAMPLE_FMT_FLT) {
            FloatBuffer all = floats(frame, 0, n * channels);
            for (int i = 0; i < out.length; i++) {
                out[i] = toShort(all.get(i));
            }
        } else if (format == AV_SAMPLE_FMT_S16P || format == AV_SAMPLE_FMT_FLTP) {
            for (int c = 0; c < channels; c++) {
                if (format == AV_SAMPLE_FMT_S16P) {
                    ShortBuffer plane = shorts(frame, c, n);
                    for (int i = 0; i < n; i++) {
                        out[i * channels + c] = plane.get(i);
                    }
                } else {
                    FloatBuffer plane = floats(frame, c, n);
                    for (int i = 0; i < n; i++) {
                        out[i * channels + c] = toShort(plane.get(i));
                    }
                }
            }
        } else {
            throw unsupported(format);
        }
        return out;
    }

    private static short toShort(float f) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(f * SCALE)));
    }

    private static ShortBuffer shorts(AVFrame frame, int plane, int count) {
        return frame.data(plane).capacity(2L * count).asByteBuffer().order(ByteOrder.nativeOrder()).asShortBuffer();
    }

    private static FloatBuffer floats(AVFrame frame, int plane, int count) {
        return frame.data(plane).capacity(4L * count).asByteBuffer().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    private static CodecException unsupported(int format) {
        return new CodecException("unsupported sample format " + av_get_sample_fmt_name(format).getString());
    }
}
