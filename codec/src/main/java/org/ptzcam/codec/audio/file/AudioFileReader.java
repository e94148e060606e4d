package org.ptzcam.codec.audio.file;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BYTE;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.ptzcam.codec.CodecException;
import org.ptzcam.codec.ffmpeg.FFmpeg;

/**
 * Reads an audio file as interleaved signed 16-bit PCM at a chosen sample rate and channel count.
 *
 * <p>Anything FFmpeg demuxes and decodes works (WAV, MP3, FLAC, Ogg Vorbis/Opus, AAC/M4A…): the
 * best audio stream is decoded and converted with swresample (format, rate, and channel layout:
 * stereo is mixed down to mono, mono is copied to both channels). Other streams, such as MP3
 * cover art, are discarded by the demuxer.
 *
 * <p>Output is trimmed to the stream's own start and end where the container states them, so
 * encoder priming and padding (AAC in MP4, Opus pre-skip) do not play, on the first pass or after
 * {@link #rewind()}: a looped file joins end to start without a gap.
 *
 * <p>The first packet is decoded by {@link #open}, so a file FFmpeg cannot read fails there with
 * a {@link CodecException} naming the file and the reason. Native objects are allocated at open
 * (the resampler and its buffers again only if the decoded format changes, or after
 * {@link #rewind()}) and freed by {@link #close()}. Not thread-safe.
 */
public final class AudioFileReader implements AutoCloseable {

    /** Consecutive undecodable packets tolerated (a damaged frame is skipped, as ffmpeg does). */
    private static final int MAX_BAD_PACKETS = 32;

    private final Path file;
    private final int sampleRate;
    private final int channels;
    private final AVFormatContext fmt;
    private final int streamIndex;
    private final AVCodecContext ctx;
    private final AVPacket packet;
    private final AVFrame frame;
    private final long durationMillis;
    /** The stream's first and end timestamps in its time base (end: NOPTS if not known for sure). */
    private final long startTs;
    private final long endTs;
    /** Timestamp of the first packet read, the seek target of {@link #rewind()}. */
    private long firstPacketTs = AV_NOPTS_VALUE;
    private final FrameFormat seen = new FrameFormat();
    private Resampler resampler;
    private short[] pending = new short[0];
    private int pendingPos;
    private int pendingLen;
    private boolean inputEnded;
    private boolean drained;
    private int badPackets;
    private boolean decodedAny;
    private boolean closed;

    private AudioFileReader(Path file, int sampleRate, int channels) {
        this.file = file;
        this.sampleRate = sampleRate;
        this.channels = channels;
        List<AutoCloseable> undo = new ArrayList<>();
        try {
            fmt = FileInput.open(file);
            undo.add(() -> avformat_close_input(fmt));
            streamIndex = FileInput.audioStream(fmt, file);
            AVStream stream = fmt.streams(streamIndex);
            ctx = FileInput.openDecoder(stream, file);
            undo.add(() -> avcodec_free_context(ctx));
            packet = av_packet_alloc();
            undo.add(() -> av_packet_free(packet));
            frame = av_frame_alloc();
            undo.add(() -> av_frame_free(frame));
            durationMillis = FileInput.durationMillis(fmt, stream);
            startTs = stream.start_time() == AV_NOPTS_VALUE ? 0 : stream.start_time();
            endTs = FileInput.exactEnd(fmt, stream, startTs);
            fill(); // decode the first frame now: an unreadable file fails here, not later
        } catch (RuntimeException e) {
            if (resampler != null) {
                resampler.close();
            }
            seen.close();
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    undo.get(i).close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * Opens {@code file} to read it at {@code sampleRate} Hz with {@code channels} interleaved
     * channels.
     *
     * @throws CodecException if the file does not exist, is not a media file FFmpeg knows, has no
     *                        audio stream, or its audio cannot be decoded
     */
    public static AudioFileReader open(Path file, int sampleRate, int channels) {
        Objects.requireNonNull(file, "file");
        if (sampleRate < 1000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate must be 1000..384000 Hz: " + sampleRate);
        }
        if (channels < 1 || channels > 8) {
            throw new IllegalArgumentException("channels must be 1..8: " + channels);
        }
        if (!Files.isRegularFile(file)) {
            throw new CodecException("audio file not found: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new CodecException("audio file not readable: " + file);
        }
        NativeLibs.ensureLoaded();
        return new AudioFileReader(file, sampleRate, channels);
    }

    public Path file() {
        return file;
    }

    /** The output rate in Hz, as requested at open. */
    public int sampleRate() {
        return sampleRate;
    }

    /** The output channel count, as requested at open. */
    public int channels() {
        return channels;
    }

    /** The file's duration as the container states it, if it does. */
    public OptionalLong durationMillis() {
        return durationMillis < 0 ? OptionalLong.empty() : OptionalLong.of(durationMillis);
    }

    /**
     * Reads up to {@code len} shorts of interleaved PCM into {@code buf[off..]}, always whole
     * sample frames (a multiple of {@link #channels()}; {@code len} is rounded down to one).
     *
     * @return the number of shorts read (samples × channels), or -1 at the end of the file
     * @throws CodecException if reading or decoding fails
     */
    public int read(short[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        requireOpen();
        int want = len - len % channels;
        if (want == 0) {
            if (len > 0) {
                throw new IllegalArgumentException("len " + len + " is less than one sample frame (" + channels + ")");
            }
            return 0;
        }
        int written = 0;
        while (written < want) {
            if (pendingPos == pendingLen && !fill()) {
                break;
            }
            int n = Math.min(want - written, pendingLen - pendingPos);
            System.arraycopy(pending, pendingPos, buf, off + written, n);
            pendingPos += n;
            written += n;
        }
        return written == 0 ? -1 : written;
    }

    /** Goes back to the start of the file (for looping); the next read returns the first samples again. */
    public void rewind() {
        requireOpen();
        // To the first packet, not to the start time: codecs with priming (AAC in MP4 with an edit
        // list) need the discarded packets before it, or the first frame decodes without its overlap.
        int ret = firstPacketTs == AV_NOPTS_VALUE ? -1
                : av_seek_frame(fmt, streamIndex, firstPacketTs, AVSEEK_FLAG_BACKWARD);
        if (ret < 0) {
            ret = av_seek_frame(fmt, streamIndex, startTs, AVSEEK_FLAG_BACKWARD);
        }
        if (ret < 0) {
            ret = av_seek_frame(fmt, -1, 0, AVSEEK_FLAG_BYTE);
        }
        if (ret < 0) {
            throw new CodecException("cannot rewind " + file + ": " + FFmpeg.errorText(ret));
        }
        avcodec_flush_buffers(ctx);
        if (resampler != null) { // drop its delay line: the file restarts from silence
            resampler.close();
            resampler = null;
        }
        pendingPos = 0;
        pendingLen = 0;
        inputEnded = false;
        drained = false;
        badPackets = 0;
    }

    /** Decodes until there are converted samples in {@code pending}; false at the end of the file. */
    private boolean fill() {
        pendingPos = 0;
        pendingLen = 0;
        while (!drained) {
            int ret = avcodec_receive_frame(ctx, frame);
            if (ret >= 0) {
                try {
                    convert();
                } finally {
                    av_frame_unref(frame);
                }
            } else if (ret == FFmpeg.EAGAIN) {
                feed();
            } else if (ret == AVERROR_EOF) {
                drained = true;
                drainResampler();
            } else {
                badPacket(ret);
            }
            if (pendingLen > 0) {
                return true;
            }
        }
        if (!decodedAny) {
            throw new CodecException("no audio samples could be decoded from " + file
                    + ": the audio stream is empty or damaged");
        }
        return false;
    }

    /** Sends the next packet of our stream to the decoder, or end of stream. */
    private void feed() {
        if (inputEnded) {
            throw new CodecException("decoder of " + file + " wants input after end of stream");
        }
        while (true) {
            int ret = av_read_frame(fmt, packet);
            if (ret == AVERROR_EOF) {
                inputEnded = true;
                FFmpeg.check(avcodec_send_packet(ctx, null), "avcodec_send_packet(end of " + file + ")");
                return;
            }
            if (ret < 0) {
                throw new CodecException("cannot read " + file + ": " + FFmpeg.errorText(ret) + " (" + ret + ")");
            }
            try {
                if (packet.stream_index() != streamIndex) {
                    continue;
                }
                if (firstPacketTs == AV_NOPTS_VALUE) {
                    firstPacketTs = packet.dts() != AV_NOPTS_VALUE ? packet.dts() : packet.pts();
                }
                int sent = avcodec_send_packet(ctx, packet);
                if (sent < 0) {
                    badPacket(sent);
                }
                return;
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    private void badPacket(int ret) {
        if (++badPackets > MAX_BAD_PACKETS || ret == FFmpeg.EAGAIN) {
            throw new CodecException("cannot decode the audio of " + file + ": " + FFmpeg.errorText(ret)
                    + " (" + ret + ")" + (decodedAny ? "" : "; nothing could be decoded"));
        }
    }

    private void convert() {
        badPackets = 0;
        decodedAny = true;
        if (resampler == null || !seen.matches(frame)) {
            if (resampler != null) {
                resampler.close(); // the stream changed format mid-file: a new resampler
                resampler = null;
            }
            seen.set(frame);
            resampler = new Resampler(seen.layout(), frame.format(), frame.sample_rate(), sampleRate, channels);
        }
        int n = frame.nb_samples();
        int from = 0;
        int to = n;
        long ts = frame.best_effort_timestamp();
        if (ts != AV_NOPTS_VALUE) {
            // Keep only samples inside [start, end) of the stream: after a seek some demuxers no
            // longer mark the priming samples (Ogg Opus pre-skip), and some never trim the
            // encoder's padding at the end (AAC in MP4).
            AVRational tb = fmt.streams(streamIndex).time_base();
            AVRational perSample = av_make_q(1, frame.sample_rate());
            long pos = av_rescale_q(ts, tb, perSample);
            from = (int) Math.clamp(av_rescale_q(startTs, tb, perSample) - pos, 0, n);
            if (endTs != AV_NOPTS_VALUE) {
                to = (int) Math.clamp(av_rescale_q(endTs, tb, perSample) - pos, 0, n);
            }
        }
        if (to <= from) {
            return;
        }
        if (from > 0) {
            resampler.dropOutput((int) ((long) from * sampleRate / frame.sample_rate()));
        }
        @SuppressWarnings("unchecked")
        PointerPointer<BytePointer> planes = frame.extended_data();
        take(resampler.convert(planes, to));
    }

    private void drainResampler() {
        if (resampler != null) {
            take(resampler.convert(null, 0));
        }
    }

    private void take(int perChannel) {
        int n = perChannel * channels;
        if (pending.length < n) {
            pending = new short[n];
        }
        resampler.output().get(pending, 0, n);
        pendingPos = 0;
        pendingLen = n;
    }

    /** The resampler's native output buffer address, for the no-reallocation test; 0 if none yet. */
    long outputBufferAddress() {
        return resampler == null ? 0 : resampler.output().address();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("audio file reader closed: " + file);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (resampler != null) {
            resampler.close();
        }
        seen.close();
        av_frame_free(frame);
        av_packet_free(packet);
        avcodec_free_context(ctx);
        avformat_close_input(fmt);
    }
}
