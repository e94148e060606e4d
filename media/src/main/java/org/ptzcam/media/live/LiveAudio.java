package org.ptzcam.media.live;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.media.audio.AudioPipeline;
import org.ptzcam.media.audio.AudioSource;
import org.ptzcam.media.audio.InputStage;
import org.ptzcam.media.audio.LineInSource;
import org.ptzcam.media.audio.SimulatedMicrophone;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.StreamHub;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera's live audio: source → input stage → encoder, fanned out by a hub — one encoder per
 * distinct codec asked for (an RTSP client may ask for Opus while another gets the settings' AAC),
 * shared by every listener of that codec. Each encoder runs (one timer thread, 20 ms ticks) only
 * while someone listens to it. Gain and phantom power change live; a new source is swapped in
 * without stopping the encoders; a new encoding ends the current listeners of the codecs it
 * changes, who reconnect to the new stream — as on the hardware after "Apply changes".
 */
public final class LiveAudio implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveAudio.class);
    static final int QUEUE_CAPACITY = 50;

    private final Supplier<AudioInput> settings;
    private final LongSupplier sceneMillis;
    private final long seed;
    private final String name;
    private final InputStage stage = new InputStage();
    private final Map<AudioCodec, CodecStream> streams = new ConcurrentHashMap<>();
    private AudioInput applied;

    private record Running(ScheduledExecutorService timer, AudioPipeline pipeline, AudioInput input,
            AudioEncoderConfig encoder) {
    }

    public LiveAudio(Supplier<AudioInput> settings, LongSupplier sceneMillis, long seed, String name) {
        this.settings = settings;
        this.sceneMillis = sceneMillis;
        this.seed = seed;
        this.name = name;
        this.applied = settings.get();
    }

    /** Listens to the stream in the settings' encoding ({@link #input()}'s encoder). */
    public Subscription subscribe(Subscriber subscriber) {
        return subscribe(settings.get().encoder().codec(), subscriber);
    }

    /** Listens to the stream of {@code codec}; its encoding is {@link #encoder(AudioCodec)}. */
    public Subscription subscribe(AudioCodec codec, Subscriber subscriber) {
        return streams.computeIfAbsent(codec, CodecStream::new).hub.subscribe(subscriber);
    }

    /** The settings the running stream was built with (or the current ones when idle). */
    public AudioInput input() {
        AudioInput now = settings.get();
        CodecStream s = streams.get(now.encoder().codec());
        Running r = s == null ? null : s.running;
        return r != null ? r.input() : now;
    }

    /**
     * The encoding of {@code codec}'s stream: the running encoder's, or what one started now would
     * use — the settings' rate, channels and bitrate where the codec allows them.
     */
    public AudioEncoderConfig encoder(AudioCodec codec) {
        CodecStream s = streams.get(codec);
        Running r = s == null ? null : s.running;
        return r != null ? r.encoder() : settings.get().encoderFor(codec);
    }

    /** The microphone power LED (phantom power on). */
    public boolean microphonePowerLed() {
        return stage.microphonePowerLed();
    }

    /** Encoders running now (codecs someone listens to). */
    public int activeEncoders() {
        return (int) streams.values().stream().filter(s -> s.running != null).count();
    }

    /** Applies changed Audio settings to the running streams. */
    public synchronized void settingsChanged() {
        AudioInput next = settings.get();
        stage.setGainDb(next.gainDb());
        stage.setPhantomPower(next.phantomPower());
        // listeners of the settings' encoding end when it changes to another codec, as before
        AudioCodec was = applied == null ? null : applied.encoder().codec();
        applied = next;
        streams.values().forEach(s -> s.settingsChanged(next, s.codec == was && next.encoder().codec() != was));
    }

    @Override
    public void close() {
        streams.values().forEach(CodecStream::close);
    }

    /** One codec's hub and, while listened to, its encoder. */
    private final class CodecStream implements StreamHub.Producer {
        private final AudioCodec codec;
        private volatile StreamHub hub;
        private volatile Running running;

        CodecStream(AudioCodec codec) {
            this.codec = codec;
            this.hub = new StreamHub(this, QUEUE_CAPACITY);
        }

        @Override
        public void start(StreamHub target) {
            synchronized (this) {
                AudioInput in = settings.get();
                AudioEncoderConfig enc = in.encoderFor(codec);
                stage.setGainDb(in.gainDb());
                stage.setPhantomPower(in.phantomPower());
                AudioPipeline pipeline = AudioPipeline.open(source(in, enc), stage, enc,
                        p -> target.publish(AccessUnit.of(p.data(), p.pts(), System.nanoTime(), p.keyframe())));
                ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                        r -> Thread.ofPlatform().name("audio-" + codec.name().toLowerCase() + "-" + name).daemon()
                                .unstarted(r));
                timer.scheduleAtFixedRate(() -> {
                    try {
                        pipeline.tick(sceneMillis.getAsLong(), System.nanoTime());
                    } catch (RuntimeException e) {
                        log.warn("audio tick failed: {}", e.toString());
                    }
                }, 0, 20, TimeUnit.MILLISECONDS);
                running = new Running(timer, pipeline, in, enc);
            }
        }

        @Override
        public void stop() {
            synchronized (this) {
                Running r = running;
                running = null;
                if (r != null) {
                    r.timer().shutdownNow();
                    try {
                        r.timer().awaitTermination(2, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    r.pipeline().close();
                }
            }
        }

        void settingsChanged(AudioInput next, boolean end) {
            StreamHub ending = null;
            synchronized (this) {
                Running r = running;
                if (r == null) {
                    return;
                }
                if (end || !next.encoderFor(codec).equals(r.encoder())) {
                    ending = hub;
                    hub = new StreamHub(this, QUEUE_CAPACITY);
                } else if (next.lineIn() != r.input().lineIn()
                        || !Objects.equals(next.lineInFile(), r.input().lineInFile())) {
                    r.pipeline().replaceSource(source(next, r.encoder()));
                    running = new Running(r.timer(), r.pipeline(), next, r.encoder());
                }
            }
            if (ending != null) {
                ending.close(); // listeners end; they reconnect to the new encoding
            }
        }

        void close() {
            hub.close();
            stop();
        }
    }

    private AudioSource source(AudioInput in, AudioEncoderConfig enc) {
        int rate = enc.sampleRate();
        int channels = enc.channels();
        if (!in.lineIn()) {
            return new SimulatedMicrophone(rate, channels, seed);
        }
        return in.lineInFile() == null ? new SilenceSource(rate, channels)
                : new LineInSource(in.lineInFile(), rate, channels);
    }
}
