package org.ptzcam.media.pipeline;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.ptzcam.codec.EncodedPacket;
import org.ptzcam.codec.Timestamps;
import org.ptzcam.codec.VideoCodec;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.codec.video.BitrateControl;
import org.ptzcam.codec.video.VideoEncoder;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.StreamHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One encoder thread per distinct stream. It takes the newest captured frame (older ones it did
 * not get to are dropped, so a slow encoder lowers its own frame rate and delays nobody), keeps to
 * its own frame rate, encodes and publishes access units to its hub. Frames arrive already turned
 * to the stream's rotation (and overlaid upright) by the capture loop, once per rotation for all
 * streams that share it.
 */
final class EncoderWorker implements FrameSink, StreamHub.Producer {

    private static final Logger log = LoggerFactory.getLogger(EncoderWorker.class);

    private final VideoStreamConfig config;
    private final CaptureLoop capture;
    private final int threads;
    private final AtomicReference<SharedFrame> mailbox = new AtomicReference<>();
    private final BitrateMeter bitrate = new BitrateMeter();
    private final long periodNanos;
    private volatile StreamHub hub;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile VideoEncoder encoder;
    private volatile boolean keyframeWanted;
    /**
     * Forced key frames come at most this often: every new subscriber asks for one, and a storm of
     * clients (or DESCRIBEs, which subscribe for the parameter sets) would otherwise make every
     * frame an IDR, multiplying the bitrate and encoder work of every viewer. Later subscribers
     * wait for the next one (at most this long, or the next natural key frame).
     */
    static final long MIN_FORCED_KEYFRAME_INTERVAL_NANOS = 500_000_000L;
    /** Bumped by every start: a loop from an earlier start (still finishing its last unit) sees it and exits. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    EncoderWorker(VideoStreamConfig config, CaptureLoop capture, int threads) {
        this.config = config;
        this.capture = capture;
        this.threads = threads;
        this.periodNanos = (long) (1e9 / config.encoder().frameRate().fps());
    }

    @Override
    public synchronized void start(StreamHub target) {
        hub = target;
        running = true;
        long gen = generation.incrementAndGet();
        thread = Thread.ofPlatform().name("encode-" + config.encoder().codec() + "-" + config.encoder().width() + "x"
                + config.encoder().height()).daemon().start(() -> run(gen));
        capture.addSink(this);
    }

    @Override
    public void stop() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        capture.removeSink(this);
        // the last subscriber may leave from this very thread (a consumer writing inside publish):
        // then the loop ends by itself after this unit, and joining would wait on ourselves
        if (t != null && t != Thread.currentThread()) {
            LockSupport.unpark(t);
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        SharedFrame left = mailbox.getAndSet(null);
        if (left != null) {
            left.release();
        }
    }

    @Override
    public void keyframeWanted() {
        keyframeWanted = true;
    }

    @Override
    public void offer(SharedFrame frame) {
        SharedFrame old = mailbox.getAndSet(frame);
        if (old != null) {
            old.release();
        }
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    @Override
    public double wantedFps() {
        return config.encoder().frameRate().fps();
    }

    @Override
    public int wantedWidth() {
        return config.captureWidth();
    }

    @Override
    public int wantedHeight() {
        return config.captureHeight();
    }

    @Override
    public int rotation() {
        return config.rotation();
    }

    @Override
    public double bitrateKbps() {
        return bitrate.kbps();
    }

    private void run(long gen) {
        long nextDue = Long.MIN_VALUE;
        AbrController abr = config.encoder().bitrateControl() instanceof BitrateControl.Abr a ? new AbrController(a) : null;
        long lastForced = Long.MIN_VALUE;
        try (VideoEncoder enc = VideoEncoder.open(config.encoder(), threads)) {
            if (generation.get() == gen) {
                encoder = enc;
            }
            while (running && generation.get() == gen) {
                SharedFrame frame = mailbox.getAndSet(null);
                if (frame == null) {
                    LockSupport.park(this);
                    continue;
                }
                try {
                    long t = frame.frame().captureNanos();
                    if (nextDue != Long.MIN_VALUE && t < nextDue - periodNanos / 4) {
                        continue;  // above our frame rate: skip this capture
                    }
                    nextDue = (nextDue == Long.MIN_VALUE || t - nextDue > periodNanos) ? t + periodNanos
                            : nextDue + periodNanos;
                    YuvFrame input = frame.frame();
                    if (keyframeWanted && (lastForced == Long.MIN_VALUE
                            || t - lastForced >= MIN_FORCED_KEYFRAME_INTERVAL_NANOS)) {
                        keyframeWanted = false;
                        lastForced = t;
                        enc.forceKeyframe();
                    }
                    List<EncodedPacket> packets = enc.encode(input);
                    publish(packets, t);
                    if (abr != null) {
                        steer(abr, enc, packets, t);
                    }
                } finally {
                    frame.release();
                }
            }
        } catch (RuntimeException e) {
            log.error("encoder {} failed: {}", config, e.toString(), e);
        } finally {
            if (generation.get() == gen) {
                encoder = null;
            }
        }
    }

    /** ABR: the controller moves the encoder's average rate once per second (x264 only; see AbrController). */
    private static void steer(AbrController abr, VideoEncoder enc, List<EncodedPacket> packets, long captureNanos) {
        for (EncodedPacket p : packets) {
            int kbps = abr.onUnit(captureNanos, p.size());
            if (kbps > 0) {
                enc.setAverageBitrate(kbps);
            }
        }
    }

    /**
     * Publishes in the encoder's order, which is decoding order. A unit's capture time is that of the
     * picture it shows: with B-frames ("optimize for storage") the packets coming out of one encode
     * call belong to earlier pictures, so their time comes from their own presentation timestamp
     * (which is the capture time in 90 kHz), keeping each unit's RTP timestamp and wall-clock time
     * (RTCP sender reports) one pair.
     */
    private void publish(List<EncodedPacket> packets, long captureNanos) {
        long inputPts = Timestamps.toClock(captureNanos, VideoCodec.CLOCK_RATE);
        for (EncodedPacket p : packets) {
            long nanos = p.pts() == inputPts ? captureNanos : Timestamps.toNanos(p.pts(), VideoCodec.CLOCK_RATE);
            bitrate.add(captureNanos, p.size());
            hub.publish(AccessUnit.of(p.data(), p.pts(), nanos, p.keyframe()));
        }
    }

    /** The open encoder's parameter sets (SPS/PPS…), or null when not running. */
    VideoEncoder encoder() {
        return encoder;
    }
}
