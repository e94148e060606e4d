package org.ptzcam.codec.audio.file;

import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_DURATION_FROM_BITRATE;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_INVALIDDATA;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_get_media_type_string;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.ptzcam.codec.CodecException;
import org.ptzcam.codec.ffmpeg.FFmpeg;

/** Opening a media file for {@link AudioFileReader}: demuxer, audio stream choice, decoder, duration. */
final class FileInput {

    private FileInput() {
    }

    static AVFormatContext open(Path file) {
        AVFormatContext fmt = new AVFormatContext(null);
        int ret = avformat_open_input(fmt, file.toString(), null, (AVDictionary) null);
        if (ret < 0) {
            throw new CodecException("cannot open " + file + ": "
                    + (ret == AVERROR_INVALIDDATA ? "not a media file FFmpeg can read" : FFmpeg.errorText(ret))
                    + " (" + ret + ")");
        }
        ret = avformat_find_stream_info(fmt, (PointerPointer<?>) null);
        if (ret < 0) {
            avformat_close_input(fmt);
            throw new CodecException("cannot read the streams of " + file + ": " + FFmpeg.errorText(ret));
        }
        return fmt;
    }

    /** The best audio stream's index; all other streams are discarded by the demuxer. */
    static int audioStream(AVFormatContext fmt, Path file) {
        int index = av_find_best_stream(fmt, AVMEDIA_TYPE_AUDIO, -1, -1, (PointerPointer<?>) null, 0);
        if (index < 0) {
            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < fmt.nb_streams(); i++) {
                AVStream s = fmt.streams(i);
                BytePointer type = av_get_media_type_string(s.codecpar().codec_type());
                kinds.add((type == null || type.isNull() ? "unknown" : type.getString()) + " "
                        + avcodec_get_name(s.codecpar().codec_id()).getString());
            }
            throw new CodecException("no audio stream in " + file + " (" + fmt.iformat().name().getString()
                    + " with " + (kinds.isEmpty() ? "no streams" : String.join(", ", kinds)) + ")");
        }
        for (int i = 0; i < fmt.nb_streams(); i++) {
            if (i != index) {
                fmt.streams(i).discard(AVDISCARD_ALL);
            }
        }
        return index;
    }

    static AVCodecContext openDecoder(AVStream stream, Path file) {
        int codecId = stream.codecpar().codec_id();
        AVCodec decoder = avcodec_find_decoder(codecId);
        if (decoder == null || decoder.isNull()) {
            throw new CodecException("no decoder for the " + avcodec_get_name(codecId).getString()
                    + " audio of " + file + " in this FFmpeg build");
        }
        AVCodecContext ctx = avcodec_alloc_context3(decoder);
        try {
            FFmpeg.check(avcodec_parameters_to_context(ctx, stream.codecpar()), "avcodec_parameters_to_context");
            ctx.pkt_timebase(stream.time_base());
            int ret = avcodec_open2(ctx, decoder, (AVDictionary) null);
            if (ret < 0) {
                throw new CodecException("cannot open the " + decoder.name().getString() + " decoder for "
                        + file + ": " + FFmpeg.errorText(ret) + " (" + ret + ")");
            }
            return ctx;
        } catch (RuntimeException e) {
            avcodec_free_context(ctx);
            throw e;
        }
    }

    /**
     * The stream's end timestamp if the container states it (not when FFmpeg estimated the
     * duration from the bitrate, as for an MP3 without a Xing header).
     */
    static long exactEnd(AVFormatContext fmt, AVStream stream, long start) {
        if (stream.duration() == AV_NOPTS_VALUE || stream.duration() <= 0
                || fmt.duration_estimation_method() == AVFMT_DURATION_FROM_BITRATE) {
            return AV_NOPTS_VALUE;
        }
        return start + stream.duration();
    }

    static long durationMillis(AVFormatContext fmt, AVStream stream) {
        if (fmt.duration() != AV_NOPTS_VALUE && fmt.duration() > 0) {
            return fmt.duration() * 1000 / AV_TIME_BASE;
        }
        if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
            return stream.duration() * 1000 * stream.time_base().num() / stream.time_base().den();
        }
        return -1;
    }
}
