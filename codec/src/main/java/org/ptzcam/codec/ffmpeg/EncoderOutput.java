package org.ptzcam.codec.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_QUALITY_STATS;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_get_side_data;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.FF_QP2LAMBDA;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.SizeTPointer;

/** The receive side of an FFmpeg encoder, shared by the audio and video encoders. */
public final class EncoderOutput {

    /**
     * One packet as the encoder gave it.
     *
     * @param data     a fresh array the receiver may keep
     * @param pts      presentation time in the codec time base
     * @param dts      decoding time in the codec time base ({@code pts} when the encoder left it unset)
     * @param keyframe decoding can start here
     * @param qp       the frame quantizer the encoder reports ({@code AV_PKT_DATA_QUALITY_STATS}: the frame
     *                 QP of the rate control for x264 and x265, SVT-AV1's qindex), or -1 when it reports none
     * @param pictType the picture type it reports ({@code AV_PICTURE_TYPE_I/P/B}), or
     *                 {@code AV_PICTURE_TYPE_NONE} when it reports none
     */
    public record Packet(byte[] data, long pts, long dts, boolean keyframe, double qp, int pictType) {
    }

    /** Receives each packet. */
    @FunctionalInterface
    public interface Sink {
        void accept(Packet packet);
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
                long dts = packet.dts() == AV_NOPTS_VALUE ? packet.pts() : packet.dts();
                BytePointer stats = av_packet_get_side_data(packet, AV_PKT_DATA_QUALITY_STATS, (SizeTPointer) null);
                double qp = -1;
                int pictType = AV_PICTURE_TYPE_NONE;
                if (stats != null && !stats.isNull()) {
                    // AVPacket quality stats: int32 lambda (FF_QP2LAMBDA per QP step), uint8 picture type, ...
                    ByteBuffer b = stats.capacity(5).asByteBuffer().order(ByteOrder.nativeOrder());
                    qp = b.getInt(0) / (double) FF_QP2LAMBDA;
                    pictType = b.get(4);
                }
                sink.accept(new Packet(data, packet.pts(), dts, (packet.flags() & AV_PKT_FLAG_KEY) != 0, qp, pictType));
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
