package org.ptzcam.codec.video;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_I;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Timestamps;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.ffmpeg.EncoderOutput;
import org.ptzcam.codec.ffmpeg.FFmpeg;
import org.ptzcam.codec.ffmpeg.FramePlanes;
import org.ptzcam.codec.video.BitrateControl.Mbr;

/**
 * Encodes {@link YuvFrame}s into {@link EncodedPacket}s for one {@link VideoEncoderConfig}.
 *
 * <p><b>Threading:</b> not thread-safe. One thread (the stream's encoder thread) calls
 * {@link #encode}, {@link #flush} and {@link #close}; only {@link #forceKeyframe()} and
 * {@link #parameterSets()} may be called from any thread.
 *
 * <p>The native context, input frame and packet are allocated once; a frame costs one copy (or
 * one swscale pass when its size differs from the config) and one {@code byte[]} per packet.
 * Packet timestamps are the frames' capture times in the 90 kHz clock, made strictly increasing;
 * packets come in decoding order, which is capture order unless the config has B-frames
 * ({@link VideoEncoderConfig#bFrames()}).
 */
public final class VideoEncoder implements AutoCloseable {

    private final VideoEncoderConfig config;
    private final AVCodecContext ctx;
    private final AVFrame input;
    private final AVPacket packet;
    private final BitrateBudget budget;
    private final AtomicBoolean keyframeRequested = new AtomicBoolean();
    private final InputScaler scaler;
    /** Zipstream's motion measure and decisions; null when Zipstream is off (or MJPEG). */
    private final MotionMap motion;
    private final ZipstreamControl zipstream;
    /** Offsets for static blocks; null where the encoder takes none (MJPEG, AV1) or strength is off. */
    private final StaticBlockQp staticQp;
    /** x265 needs region side data on every frame (see {@link RegionsOfInterest}). */
    private final boolean regionsEveryFrame;
    /** Per frame sent to the encoder: pts, static-block offset, whether a block changed (see {@link #note}). */
    private final long[] notePts = new long[NOTES];
    private final int[] noteOffset = new int[NOTES];
    private final boolean[] noteChanged = new boolean[NOTES];
    /** The offset averaged over all blocks of the frame (static ones carry it, moving ones 0). */
    private final double[] noteMeanOffset = new double[NOTES];
    private int noteNext;
    /** Frames remembered for their packets: more than any encoder's delay (x265 with B-frames: 8). */
    private static final int NOTES = 64;
    private long skippedFrames;
    private volatile ParameterSets parameterSets;
    private long lastPts = Long.MIN_VALUE;
    /** Frames encoded since the last key frame, counting it; 0 before the first. */
    private int sinceKey;
    /** The same counted at the input: frames sent to the encoder since the one that will be a key frame. */
    private int inputSinceKey;
    private boolean flushed;
    private boolean closed;

    private VideoEncoder(VideoEncoderConfig config, int threads) {
        this.config = config;
        EncoderSetup setup = EncoderSetup.of(config);
        this.ctx = EncoderContext.open(config, setup, threads);
        try {
            this.input = EncoderContext.inputFrame(ctx);
        } catch (RuntimeException e) {
            avcodec_free_context(ctx);
            throw e;
        }
        this.packet = av_packet_alloc();
        this.scaler = new InputScaler(config.width(), config.height());
        Zipstream z = config.effectiveZipstream();
        if (z.active()) {
            long frameTicks = Math.round(VideoCodec.CLOCK_RATE / Math.max(1.0, config.frameRate().fps()));
            // a block stays active for half a second after its last change: short pauses of a
            // moving object do not flip its blocks between qualities
            this.motion = new MotionMap(config.width(), config.height(),
                    (int) Math.max(1, Math.round(config.frameRate().fps() / 2)));
            this.zipstream = new ZipstreamControl(z, config.gopLength(), frameTicks);
            // quantizer offsets where the encoder takes them: libx264 and libx265 (FFmpeg's libsvtav1
            // ignores region side data: see README)
            boolean offsets = z.strength() > 0 && (config.codec() == VideoCodec.H264 || config.codec() == VideoCodec.H265);
            this.staticQp = offsets ? new StaticBlockQp(z.staticQpOffset(), setup.crf()) : null;
            this.regionsEveryFrame = offsets && config.codec() == VideoCodec.H265;
        } else {
            this.motion = null;
            this.zipstream = null;
            this.staticQp = null;
            this.regionsEveryFrame = false;
        }
        Arrays.fill(notePts, Long.MIN_VALUE);
        this.budget = setup.dropOverBudget()
                ? new BitrateBudget(((Mbr) config.bitrateControl()).targetKbps(), 1.0) : null;
        this.parameterSets = ctx.extradata_size() > 0
                ? ParameterSets.extract(config.codec(), extradata()) : ParameterSets.none(config.codec());
    }

    /** Opens an encoder with FFmpeg's automatic thread count. */
    public static VideoEncoder open(VideoEncoderConfig config) {
        return open(config, 0);
    }

    /**
     * Opens an encoder.
     *
     * @param threads encoder threads, 0 for automatic (one per core); hosts running many cameras
     *                should use 1 so encoders share cores instead of oversubscribing them
     */
    public static VideoEncoder open(VideoEncoderConfig config, int threads) {
        FFmpeg.ensureLoaded();
        return new VideoEncoder(config, threads);
    }

    public VideoEncoderConfig config() {
        return config;
    }

    /**
     * Encodes one frame. Returns the packets that became ready: normally exactly one (zero-latency
     * settings), none when MBR with quality priority drops the frame to stay under the target or
     * when Zipstream's dynamic FPS skips a frame in which nothing changed. With B-frames the encoder
     * holds pictures back: nothing for the first frames, then one packet per frame in decoding order.
     */
    public List<EncodedPacket> encode(YuvFrame frame) {
        requireOpen();
        long pts = Math.max(Timestamps.toClock(frame.captureNanos(), VideoCodec.CLOCK_RATE),
                lastPts == Long.MIN_VALUE ? Long.MIN_VALUE : lastPts + 1);
        if (budget != null && !budget.admit(pts, keyframeRequested.get() || sinceKey == 0
                || sinceKey >= config.gopLength())) {
            return List.of();
        }
        FFmpeg.check(av_frame_make_writable(input), "av_frame_make_writable");
        if (frame.width() == config.width() && frame.height() == config.height()) {
            FramePlanes.copy(frame, input);
        } else {
            scaler.scale(frame, input);
        }
        boolean forceKey = false;
        int changedBlocks = 0;
        if (zipstream != null) {
            int stride = input.linesize(0);
            int changed = motion.update(input.data(0).capacity((long) stride * config.height()).asByteBuffer(), stride);
            ZipstreamControl.Decision d = zipstream.decide(pts, changed, motion.activeBlocks(), sinceKey,
                    keyframeRequested.get());
            if (!d.encode()) {
                skippedFrames++;
                return List.of();
            }
            forceKey = d.forceKey();
            changedBlocks = changed;
        }
        boolean forced = keyframeRequested.getAndSet(false) || forceKey;
        // x264/x265 (scenecut off) make a key frame exactly when forced or when the GOP is full, counted
        // in input frames: known here, before the encoder's delay (B-frames, x265's lookahead)
        boolean key = forced || inputSinceKey == 0 || inputSinceKey >= ctx.gop_size();
        inputSinceKey = key ? 1 : inputSinceKey + 1;
        if (staticQp != null) {
            int offset = staticQp.offset(key);
            int blocks = RegionsOfInterest.attach(input, motion, config.width(), config.height(), offset,
                    regionsEveryFrame);
            note(pts, offset, offset * (double) blocks / (motion.columns() * motion.rows()), changedBlocks > 0);
        }
        lastPts = pts;
        input.pts(pts);
        input.pict_type(forced ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE);
        input.quality(ctx.global_quality());
        FFmpeg.check(avcodec_send_frame(ctx, input), "avcodec_send_frame");
        return drain();
    }

    private void note(long pts, int offset, double meanOffset, boolean changed) {
        notePts[noteNext] = pts;
        noteOffset[noteNext] = offset;
        noteMeanOffset[noteNext] = meanOffset;
        noteChanged[noteNext] = changed;
        noteNext = (noteNext + 1) % NOTES;
    }

    /** The note of the frame with {@code pts}, or -1 if it is no longer remembered. */
    private int noteOf(long pts) {
        for (int i = 0; i < NOTES; i++) {
            if (notePts[i] == pts) {
                return i;
            }
        }
        return -1;
    }

    /** Drains delayed packets at the end of the stream; the encoder accepts no frames afterwards. */
    public List<EncodedPacket> flush() {
        requireOpen();
        flushed = true;
        FFmpeg.check(avcodec_send_frame(ctx, null), "avcodec_send_frame(flush)");
        return drain();
    }

    /**
     * Moves the bitrate cap of an ABR stream, for the ABR controller in media: x264 runs ABR as
     * capped CRF and re-reads its VBV (cap and a one-second buffer) on the next frame. The other
     * encoders cannot be re-steered; for them this returns false and they keep their own average.
     *
     * @return true if the encoder takes the new rate
     */
    public boolean setAverageBitrate(int kbps) {
        requireOpen();
        if (!(config.bitrateControl() instanceof BitrateControl.Abr) || config.codec() != VideoCodec.H264) {
            return false;
        }
        if (kbps <= 0) {
            throw new IllegalArgumentException("bitrate must be positive: " + kbps);
        }
        ctx.rc_max_rate(kbps * 1000L);
        ctx.rc_buffer_size(kbps * 1000);
        return true;
    }

    /** Frames Zipstream's dynamic FPS left out because nothing changed (0 without it). */
    public long skippedFrames() {
        return skippedFrames;
    }

    /** Makes the next encoded frame a key frame (IDR), e.g. for a viewer that just joined. */
    public void forceKeyframe() {
        keyframeRequested.set(true);
    }

    /**
     * Parameter sets for session descriptions. Known right after opening (from the encoder's
     * global header) and refreshed from the in-band headers of every key frame.
     */
    public ParameterSets parameterSets() {
        return parameterSets;
    }

    /** Address of the input frame's pixels; tests use it to prove frames are not reallocated. */
    long inputAddress() {
        return input.data(0).address();
    }

    private List<EncodedPacket> drain() {
        List<EncodedPacket> out = new ArrayList<>(1);
        EncoderOutput.drain(ctx, packet, p -> {
            boolean key = p.keyframe();
            out.add(new EncodedPacket(config.codec(), p.data(), p.pts(), p.dts(), key));
            if (budget != null) {
                budget.spend(p.data().length, key);
            }
            sinceKey = key ? 1 : sinceKey + 1;
            if (key && config.codec() != VideoCodec.MJPEG) {
                refreshParameterSets(p.data());
            }
            if (staticQp != null) {
                // x264 reports its rate control's frame QP, without our offsets; the packet may be of an
                // earlier frame than the last one sent (B-frames, lookahead)
                int n = noteOf(p.pts());
                StaticBlockQp.Kind kind = key ? StaticBlockQp.Kind.KEY
                        : p.pictType() == AV_PICTURE_TYPE_P || p.pictType() == AV_PICTURE_TYPE_NONE
                        ? StaticBlockQp.Kind.P : StaticBlockQp.Kind.OTHER;
                double qp = n < 0 || p.qp() < 0 ? Double.NaN : p.qp();
                if (n >= 0 && config.codec() == VideoCodec.H265) {
                    // x265 reports the mean QP of the blocks it coded, offsets included: take the frame's
                    // mean offset off. For a P-frame that skipped its static blocks this goes below the
                    // frame QP, which only makes those blocks coarser still (they are skipped anyway)
                    qp -= noteMeanOffset[n];
                }
                staticQp.encoded(kind, qp, n >= 0 && noteChanged[n], n < 0 ? 0 : noteOffset[n]);
            }
        });
        return out;
    }

    private void refreshParameterSets(byte[] keyframe) {
        ParameterSets inBand = ParameterSets.extract(config.codec(), keyframe);
        if (!inBand.isEmpty() && !inBand.sameContent(parameterSets)) {
            parameterSets = inBand;
        }
    }

    private byte[] extradata() {
        byte[] data = new byte[ctx.extradata_size()];
        ctx.extradata().get(data);
        return data;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("encoder closed");
        }
        if (flushed) {
            throw new IllegalStateException("encoder flushed: the stream has ended");
        }
    }

    /** Frees the native context, frame, packet and scaler. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!flushed) {
            EncoderOutput.discardRemaining(ctx, packet);
        }
        scaler.close();
        av_packet_free(packet);
        av_frame_free(input);
        avcodec_free_context(ctx);
    }
}
