package org.ptzcam.codec.video;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_LOW_DELAY;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.ptzcam.codec.CodecException;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Timestamps;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.ffmpeg.DecoderInput;
import org.ptzcam.codec.ffmpeg.FFmpeg;
import org.ptzcam.codec.ffmpeg.FramePlanes;

/**
 * Decodes {@link EncodedPacket}s back to {@link YuvFrame}s with FFmpeg's decoders (h264, hevc,
 * mjpeg; AV1 through libdav1d or libaom, whichever the build has). For tests, snapshots from
 * H.264 streams and, later, decoded network sources. Output is 4:2:0 8-bit only; decoded
 * capture times are the packet pts converted back from 90 kHz.
 *
 * <p>Not thread-safe. Single-threaded decoding without frame delay, so each packet of a
 * zero-latency stream yields its picture immediately.
 */
public final class VideoDecoder implements AutoCloseable {

    private final AVCodecContext ctx;
    private final AVFrame frame;
    private final DecoderInput input = new DecoderInput();
    private boolean closed;

    private VideoDecoder(VideoCodec codec) {
        AVCodec decoder = switch (codec) {
            case MJPEG -> FFmpeg.decoder("mjpeg");
            case H264 -> FFmpeg.decoder("h264");
            case H265 -> FFmpeg.decoder("hevc");
            case AV1 -> FFmpeg.decoder("libdav1d", "libaom-av1", "av1");
        };
        ctx = avcodec_alloc_context3(decoder);
        ctx.thread_count(1);
        ctx.flags(ctx.flags() | AV_CODEC_FLAG_LOW_DELAY);
        ctx.pkt_timebase(av_make_q(1, VideoCodec.CLOCK_RATE));
        try {
            FFmpeg.check(avcodec_open2(ctx, decoder, (AVDictionary) null), "avcodec_open2(decoder)");
        } catch (RuntimeException e) {
            avcodec_free_context(ctx);
            throw e;
        }
        frame = av_frame_alloc();
    }

    /** Opens a decoder for {@code codec}. Parameter sets are expected in-band. */
    public static VideoDecoder open(VideoCodec codec) {
        FFmpeg.ensureLoaded();
        return new VideoDecoder(codec);
    }

    /** Decodes one packet; returns the pictures that became ready (normally one). */
    public List<YuvFrame> decode(EncodedPacket encoded) {
        requireOpen();
        input.send(ctx, encoded, "avcodec_send_packet");
        return receive();
    }

    /** Returns the pictures still buffered in the decoder at end of stream. */
    public List<YuvFrame> flush() {
        requireOpen();
        input.sendEnd(ctx, "avcodec_send_packet(flush)");
        return receive();
    }

    private List<YuvFrame> receive() {
        List<YuvFrame> out = new ArrayList<>(1);
        while (true) {
            int ret = avcodec_receive_frame(ctx, frame);
            if (ret == FFmpeg.EAGAIN || ret == AVERROR_EOF) {
                return out;
            }
            FFmpeg.check(ret, "avcodec_receive_frame");
            try {
                int format = frame.format();
                if (format != AV_PIX_FMT_YUV420P && format != AV_PIX_FMT_YUVJ420P) {
                    throw new CodecException("decoded pixel format "
                            + av_get_pix_fmt_name(format).getString() + " is not 8-bit 4:2:0");
                }
                long pts = frame.best_effort_timestamp();
                long nanos = pts == AV_NOPTS_VALUE ? 0 : Timestamps.toNanos(pts, VideoCodec.CLOCK_RATE);
                out.add(FramePlanes.toYuvFrame(frame, nanos));
            } finally {
                av_frame_unref(frame);
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("decoder closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        input.close();
        av_frame_free(frame);
        avcodec_free_context(ctx);
    }
}
