package org.ptzcam.codec.audio;

import static org.bytedeco.ffmpeg.global.avcodec.AV_INPUT_BUFFER_PADDING_SIZE;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_malloc;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.ffmpeg.DecoderInput;
import org.ptzcam.codec.ffmpeg.FFmpeg;

/**
 * Decodes audio packets back to interleaved signed 16-bit PCM with FFmpeg's decoders (opus, aac,
 * pcm_mulaw). Used by tests and, later, for decoded audio sources. Not thread-safe.
 */
public final class AudioDecoder implements AutoCloseable {

    private final AVCodecContext ctx;
    private final AVFrame frame;
    private final DecoderInput input = new DecoderInput();
    private final int channels;
    private boolean closed;

    private AudioDecoder(AudioCodec codec, int sampleRate, int channels, byte[] extradata) {
        AVCodec decoder = switch (codec) {
            case OPUS -> FFmpeg.decoder("opus", "libopus");
            case AAC_LC -> FFmpeg.decoder("aac");
            case PCMU -> FFmpeg.decoder("pcm_mulaw");
        };
        this.channels = channels;
        ctx = avcodec_alloc_context3(decoder);
        ctx.sample_rate(sampleRate);
        av_channel_layout_default(ctx.ch_layout(), channels);
        if (extradata.length > 0) {
            // FFmpeg owns and frees extradata, so it must come from av_malloc, padded.
            BytePointer copy = new BytePointer(av_malloc(extradata.length + AV_INPUT_BUFFER_PADDING_SIZE));
            copy.capacity(extradata.length + AV_INPUT_BUFFER_PADDING_SIZE).fill(0);
            copy.put(extradata, 0, extradata.length);
            ctx.extradata(copy);
            ctx.extradata_size(extradata.length);
        }
        try {
            FFmpeg.check(avcodec_open2(ctx, decoder, (AVDictionary) null), "avcodec_open2(audio decoder)");
        } catch (RuntimeException e) {
            avcodec_free_context(ctx);
            throw e;
        }
        frame = av_frame_alloc();
    }

    /**
     * @param extradata the encoder's {@code AudioEncoder#extradata()}; required for AAC (raw access
     *                  units), optional otherwise
     */
    public static AudioDecoder open(AudioCodec codec, int sampleRate, int channels, byte[] extradata) {
        FFmpeg.ensureLoaded();
        return new AudioDecoder(codec, sampleRate, channels, extradata);
    }

    /** The rate of the decoded PCM; Opus always decodes at 48 kHz whatever the encoder's input rate. */
    public int sampleRate() {
        return ctx.sample_rate();
    }

    /** Decodes one packet into interleaved PCM (possibly empty while the decoder primes). */
    public short[] decode(EncodedPacket encoded) {
        requireOpen();
        input.send(ctx, encoded, "avcodec_send_packet(audio)");
        return receive();
    }

    /** Decoded samples still held by the decoder at end of stream. */
    public short[] flush() {
        requireOpen();
        input.sendEnd(ctx, "avcodec_send_packet(flush)");
        return receive();
    }

    private short[] receive() {
        List<short[]> chunks = new ArrayList<>(1);
        while (true) {
            int ret = avcodec_receive_frame(ctx, frame);
            if (ret == FFmpeg.EAGAIN || ret == AVERROR_EOF) {
                break;
            }
            FFmpeg.check(ret, "avcodec_receive_frame(audio)");
            try {
                chunks.add(Samples.read(frame, channels));
            } finally {
                av_frame_unref(frame);
            }
        }
        if (chunks.size() == 1) {
            return chunks.get(0);
        }
        short[] out = new short[chunks.stream().mapToInt(c -> c.length).sum()];
        int pos = 0;
        for (short[] c : chunks) {
            System.arraycopy(c, 0, out, pos, c.length);
            pos += c.length;
        }
        return out;
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
