package org.ptzcam.codec.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;

/** The receive side of an FFmpeg encoder, shared by the audio and video encoders. */
public final class EncoderOutput {

    /** Gets each packet's bytes (a fresh array the sink may keep), pts in the codec time base and key flag. */
    @FunctionalInterface
    public interface Sink {
        void accept(byte[] data, long pts, boolean keyframe);
    }

    private EncoderOutput() {
    }

    /** Passes every packet the encoder has ready to {@code sink}, reusing {@code packet}. */
    public static void drain(AVCodecContext ctx, AVPacket packet, Sink sink) {
        while (true) {
            int ret = avcodec_receive_packet(ctx, packet);
            if (ret == FFmpeg.EAGAIN || ret == AVERROR_EOF) {
                return;
            }
            FFmpeg.check(ret, "avcodec_receive_packet");
            try {
                byte[] data = new byte[packet.size()];
                packet.data().get(data);
                sink.accept(data, packet.pts(), (packet.flags() & AV_PKT_FLAG_KEY) != 0);
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    /**
     * Ends the stream and discards what is left, before the context is freed. Some encoders
     * (SVT-AV1) complain when torn down without end-of-stream. Errors are ignored: this is cleanup.
     */
    public static void discardRemaining(AVCodecContext ctx, AVPacket packet) {
        avcodec_send_frame(ctx, null);
        while (avcodec_receive_packet(ctx, packet) >= 0) {
            av_packet_unref(packet);
        }
    }
}
