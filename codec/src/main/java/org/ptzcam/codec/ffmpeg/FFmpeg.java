package org.ptzcam.codec.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;
import org.ptzcam.codec.CodecException;

/**
 * The one-time native load of FFmpeg (javacpp) and small helpers around FFmpeg return codes.
 *
 * <p>Loading happens lazily on first use, once per process (class-holder idiom: no mutable
 * static state). A failed load is remembered and reported with the same clear message each time.
 */
public final class FFmpeg {

    /** {@code AVERROR(EAGAIN)}: on Linux EAGAIN is 11 (javacpp exposes no macro for it). */
    public static final int EAGAIN = -11;

    private FFmpeg() {
    }

    /** Holds the outcome of the one load; the JVM runs {@code load()} exactly once. */
    private static final class Holder {
        static final Throwable FAILURE = load();

        private static Throwable load() {
            try {
                Loader.load(avutil.class);
                Loader.load(avcodec.class);
                Loader.load(swscale.class);
                // FFmpeg logs to stderr by default; errors are enough, our exceptions carry the rest.
                av_log_set_level(AV_LOG_ERROR);
                return null;
            } catch (Throwable t) {
                return t;
            }
        }
    }

    /**
     * Loads the FFmpeg native libraries if not done yet.
     *
     * @throws CodecException if they cannot be loaded (wrong platform, missing classifier jar)
     */
    public static void ensureLoaded() {
        Throwable failure = Holder.FAILURE;
        if (failure != null) {
            throw new CodecException("FFmpeg native libraries could not be loaded for platform "
                    + Loader.getPlatform() + ": is org.bytedeco:ffmpeg with classifier "
                    + Loader.getPlatform() + "-gpl (and org.bytedeco:javacpp " + Loader.getPlatform()
                    + ") on the class path, and is --enable-native-access=ALL-UNNAMED set? Cause: " + failure,
                    failure);
        }
    }

    /** The encoder with this FFmpeg name, or an exception naming it. */
    public static AVCodec encoder(String name) {
        ensureLoaded();
        AVCodec codec = avcodec.avcodec_find_encoder_by_name(name);
        if (codec == null || codec.isNull()) {
            throw new CodecException("FFmpeg encoder '" + name + "' is not available in this FFmpeg build");
        }
        return codec;
    }

    /** The first available decoder among these FFmpeg names, or an exception listing them. */
    public static AVCodec decoder(String... names) {
        ensureLoaded();
        for (String name : names) {
            AVCodec codec = avcodec.avcodec_find_decoder_by_name(name);
            if (codec != null && !codec.isNull()) {
                return codec;
            }
        }
        throw new CodecException("none of the FFmpeg decoders " + String.join(", ", names) + " is available");
    }

    /** Returns {@code ret} if it is not an error, else throws naming {@code what} and FFmpeg's reason. */
    public static int check(int ret, String what) {
        if (ret < 0) {
            throw new CodecException(what + " failed: " + errorText(ret) + " (" + ret + ")");
        }
        return ret;
    }

    /** FFmpeg's text for an error code. */
    public static String errorText(int ret) {
        byte[] buf = new byte[128];
        av_strerror(ret, buf, buf.length);
        int len = 0;
        while (len < buf.length && buf[len] != 0) {
            len++;
        }
        return new String(buf, 0, len, java.nio.charset.StandardCharsets.UTF_8);
    }
}
