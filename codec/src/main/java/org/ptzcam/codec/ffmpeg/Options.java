package org.ptzcam.codec.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_count;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.ptzcam.codec.CodecException;

/** Opens a codec context with private options, rejecting options the codec did not consume. */
public final class Options {

    private Options() {
    }

    /**
     * Calls {@code avcodec_open2} with {@code options} as an AVDictionary. An option the codec does
     * not know is a programming error here, so it fails loudly instead of being ignored silently.
     */
    public static void open(AVCodecContext ctx, AVCodec codec, Map<String, String> options) {
        AVDictionary dict = new AVDictionary(null);
        try {
            options.forEach((k, v) -> av_dict_set(dict, k, v, 0));
            FFmpeg.check(avcodec_open2(ctx, codec, dict), "avcodec_open2(" + codec.name().getString() + ")");
            if (av_dict_count(dict) > 0) {
                throw new CodecException("options not recognised by " + codec.name().getString() + ": " + keys(dict));
            }
        } finally {
            av_dict_free(dict);
        }
    }

    private static List<String> keys(AVDictionary dict) {
        List<String> keys = new ArrayList<>();
        AVDictionaryEntry e = null;
        while ((e = av_dict_get(dict, "", e, AV_DICT_IGNORE_SUFFIX)) != null && !e.isNull()) {
            keys.add(e.key().getString());
        }
        return keys;
    }
}
