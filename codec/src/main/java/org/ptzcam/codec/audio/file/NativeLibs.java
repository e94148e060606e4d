package org.ptzcam.codec.audio.file;

import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.javacpp.Loader;
import org.ptzcam.codec.CodecException;
import org.ptzcam.codec.ffmpeg.FFmpeg;

/** Loads avformat and swresample once, on top of {@link FFmpeg#ensureLoaded()}. */
final class NativeLibs {

    private NativeLibs() {
    }

    private static final class Holder {
        static final Throwable FAILURE = load();

        private static Throwable load() {
            try {
                Loader.load(swresample.class);
                Loader.load(avformat.class);
                return null;
            } catch (Throwable t) {
                return t;
            }
        }
    }

    static void ensureLoaded() {
        FFmpeg.ensureLoaded();
        Throwable failure = Holder.FAILURE;
        if (failure != null) {
            throw new CodecException("FFmpeg's avformat/swresample libraries could not be loaded for "
                    + Loader.getPlatform() + ": " + failure, failure);
        }
    }
}
