package org.ptzcam.codec.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_INPUT_BUFFER_PADDING_SIZE;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.javacpp.BytePointer;
import org.ptzcam.codec.EncodedPacket;

/**
 * Feeds {@link EncodedPacket}s to an FFmpeg decoder through one reused AVPacket and one native
 * buffer that grows to the largest packet (FFmpeg wants zeroed padding after the data).
 */
public final class DecoderInput implements AutoCloseable {

    private final AVPacket packet = av_packet_alloc();
    private BytePointer buffer = new BytePointer(0L);

    /** Sends {@code encoded} to the decoder; {@code what} names the call in errors. */
    public void send(AVCodecContext ctx, EncodedPacket encoded, String what) {
        byte[] data = encoded.data();
        long needed = data.length + (long) AV_INPUT_BUFFER_PADDING_SIZE;
        if (buffer.capacity() < needed) {
            buffer.close();
            buffer = new BytePointer(needed);
        }
        buffer.position(0).put(data, 0, data.length);
        buffer.position(data.length).limit(needed).fill(0).position(0);
        packet.data(buffer);
        packet.size(data.length);
        packet.pts(encoded.pts());
        packet.dts(encoded.dts());
        FFmpeg.check(avcodec_send_packet(ctx, packet), what);
    }

    /** Signals end of stream to the decoder. */
    public void sendEnd(AVCodecContext ctx, String what) {
        FFmpeg.check(avcodec_send_packet(ctx, null), what);
    }

    @Override
    public void close() {
        av_packet_free(packet); // the packet does not own the buffer (no AVBufferRef)
        buffer.close();
    }
}
