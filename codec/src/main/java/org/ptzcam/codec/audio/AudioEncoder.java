package org.ptzcam.codec.audio;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Timestamps;
import org.ptzcam.codec.ffmpeg.EncoderOutput;
import org.ptzcam.codec.ffmpeg.FFmpeg;

/**
 * Encodes interleaved signed 16-bit PCM, in chunks of any size, into codec frames.
 *
 * <p>Timestamps are in {@link AudioEncoderConfig#clockRate()} ticks: the first chunk's capture
 * time anchors them, after that they count samples so they stay gapless as RTP audio needs.
 * Encoder delay is kept as FFmpeg reports it (the first Opus/AAC packets start slightly before
 * the anchor).
 *
 * <p>Not thread-safe: one thread calls everything. Native objects are allocated once and freed
 * by {@link #close()}.
 */
public final class AudioEncoder implements AutoCloseable {

    private final AudioEncoderConfig config;
    private final AVCodecContext ctx;
    private final AVFrame input;
    private final AVPacket packet;
    private final int frameSize;
    private final PcmFifo fifo;
    private final byte[] extradata;
    private long samplesIn;
    private long anchor = Long.MIN_VALUE;
    private boolean flushed;
    private boolean closed;

    private AudioEncoder(AudioEncoderConfig config) {
        this.config = config;
        this.ctx = AudioEncoderContext.open(config);
        this.frameSize = AudioEncoderContext.frameSize(ctx);
        try {
            this.input = AudioEncoderContext.inputFrame(ctx, frameSize);
        } catch (RuntimeException e) {
            avcodec_free_context(ctx);
            throw e;
        }
        this.packet = av_packet_alloc();
        this.fifo = new PcmFifo(frameSize, config.channels());
        this.extradata = new byte[Math.max(0, ctx.extradata_size())];
        if (extradata.length > 0) {
            ctx.extradata().get(extradata);
        }
    }

    public static AudioEncoder open(AudioEncoderConfig config) {
        FFmpeg.ensureLoaded();
        return new AudioEncoder(config);
    }

    public AudioEncoderConfig config() {
        return config;
    }

    /** Samples per channel in each packet (Opus 20 ms, AAC 1024, PCMU 20 ms). */
    public int frameSize() {
        return frameSize;
    }

    /**
     * Codec extradata: the AudioSpecificConfig for AAC (for RTP {@code config=}), the OpusHead
     * for Opus, empty for PCMU. A copy.
     */
    public byte[] extradata() {
        return extradata.clone();
    }

    /** Encodes {@code pcm[offset, offset+length)}; {@code captureNanos} is its first sample's capture time. */
    public List<EncodedPacket> encode(short[] pcm, int offset, int length, long captureNanos) {
        requireOpen(captureNanos);
        List<EncodedPacket> out = new ArrayList<>();
        int end = offset + length;
        while (offset < end) {
            offset += fifo.offer(pcm, offset, end - offset);
            sendIfFull(out);
        }
        return out;
    }

    /** Encodes a whole chunk whose first sample was captured at time zero of the stream clock. */
    public List<EncodedPacket> encode(short[] pcm) {
        return encode(pcm, 0, pcm.length, 0);
    }

    /** Encodes the shorts between position and limit of {@code pcm}, read in the buffer's byte order. */
    public List<EncodedPacket> encode(ByteBuffer pcm, long captureNanos) {
        requireOpen(captureNanos);
        List<EncodedPacket> out = new ArrayList<>();
        while (pcm.remaining() >= 2) {
            fifo.offer(pcm);
            sendIfFull(out);
        }
        return out;
    }

    /** Encodes the buffered remainder and drains the codec; the encoder accepts no input afterwards. */
    public List<EncodedPacket> flush() {
        requireOpen(0);
        List<EncodedPacket> out = new ArrayList<>();
        if (!fifo.isEmpty()) {
            send(fifo.filled() / config.channels(), out);
        }
        flushed = true;
        FFmpeg.check(avcodec_send_frame(ctx, null), "avcodec_send_frame(flush)");
        drain(out);
        return out;
    }

    private void sendIfFull(List<EncodedPacket> out) {
        if (fifo.isFull()) {
            send(frameSize, out);
        }
    }

    private void send(int perChannel, List<EncodedPacket> out) {
        FFmpeg.check(av_frame_make_writable(input), "av_frame_make_writable");
        input.nb_samples(perChannel);
        Samples.write(input, fifo.samples(), perChannel, config.channels());
        input.pts(samplesIn);
        samplesIn += perChannel;
        fifo.clear();
        FFmpeg.check(avcodec_send_frame(ctx, input), "avcodec_send_frame");
        drain(out);
    }

    private void drain(List<EncodedPacket> out) {
        EncoderOutput.drain(ctx, packet, p -> {
            long ticks = Math.floorDiv(p.pts() * config.clockRate(), config.sampleRate());
            out.add(new EncodedPacket(config.codec(), p.data(), anchor + ticks, true));
        });
    }

    private void requireOpen(long captureNanos) {
        if (closed) {
            throw new IllegalStateException("encoder closed");
        }
        if (flushed) {
            throw new IllegalStateException("encoder flushed: the stream has ended");
        }
        if (anchor == Long.MIN_VALUE) {
            anchor = Timestamps.toClock(captureNanos, config.clockRate());
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!flushed) {
            EncoderOutput.discardRemaining(ctx, packet);
        }
        av_packet_free(packet);
        av_frame_free(input);
        avcodec_free_context(ctx);
    }
}
