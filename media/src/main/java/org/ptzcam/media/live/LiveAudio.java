package org.ptzcam.media.live;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
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
 * A camera's live audio: source → input stage → encoder, fanned out by a hub. It runs (one timer
 * thread, 20 ms ticks) only while someone listens. Gain and phantom power change live; a new source
 * is swapped in without stopping the encoder; a new encoding ends the current listeners, who
 * reconnect to the new stream — as on the hardware after "Apply changes".
 */
public final class LiveAudio implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveAudio.class);
    static final int QUEUE_CAPACITY = 50;

    private final Supplier<AudioInput> settings;
    private final LongSupplier sceneMillis;
    private final long seed;
    private final String name;
    private final InputStage stage = new InputStage();
    private volatile StreamHub hub;
    private volatile Running running;

    private record Running(ScheduledExecutorService timer, AudioPipeline pipeline, AudioInput input) {
    }

    public LiveAudio(Supplier<AudioInput> settings, LongSupplier sceneMillis, long seed, String name) {
        this.settings = settings;
        this.sceneMillis = sceneMillis;
        this.seed = seed;
        this.name = name;
        this.hub = newHub();
    }

    private StreamHub newHub() {
        return new StreamHub(new StreamHub.Producer() {
            @Override
            public void start(StreamHub target) {
                startEncoding(target);
            }

            @Override
            public void stop() {
                stopEncoding();
            }
        }, QUEUE_CAPACITY);
    }

    /** Listens to the stream; the encoder config of what arrives is {@link #input()}'s. */
    public Subscription subscribe(Subscriber subscriber) {
        return hub.subscribe(subscriber);
    }

    /** The settings the running stream was built with (or the current ones when idle). */
    public AudioInput input() {
        Running r = running;
        return r != null ? r.input() : settings.get();
    }

    /** The microphone power LED (phantom power on). */
    public boolean microphonePowerLed() {
        return stage.microphonePowerLed();
    }

    private synchronized void startEncoding(StreamHub target) {
        AudioInput in = settings.get();
        stage.setGainDb(in.gainDb());
        stage.setPhantomPower(in.phantomPower());
        AudioPipeline pipeline = AudioPipeline.open(source(in), stage, in.encoder(),
                p -> target.publish(AccessUnit.of(p.data(), p.pts(), System.nanoTime(), p.keyframe())));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("audio-" + name).daemon().unstarted(r));
        timer.scheduleAtFixedRate(() -> {
            try {
                pipeline.tick(sceneMillis.getAsLong(), System.nanoTime());
            } catch (RuntimeException e) {
                log.warn("audio tick failed: {}", e.toString());
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
        running = new Running(timer, pipeline, in);
    }

    private synchronized void stopEncoding() {
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

    private AudioSource source(AudioInput in) {
        int rate = in.encoder().sampleRate();
        int channels = in.encoder().channels();
        if (!in.lineIn()) {
            return new SimulatedMicrophone(rate, channels, seed);
        }
        return in.lineInFile() == null ? new SilenceSource(rate, channels)
                : new LineInSource(in.lineInFile(), rate, channels);
    }

    /** Applies changed Audio settings to the running stream. */
    public synchronized void settingsChanged() {
        AudioInput next = settings.get();
        stage.setGainDb(next.gainDb());
        stage.setPhantomPower(next.phantomPower());
        Running r = running;
        if (r == null) {
            return;
        }
        if (!next.encoder().equals(r.input().encoder())) {
            StreamHub old = hub;
            hub = newHub();
            old.close();  // listeners end; they reconnect to the new encoding
        } else if (next.lineIn() != r.input().lineIn() || !java.util.Objects.equals(next.lineInFile(),
                r.input().lineInFile())) {
            r.pipeline().replaceSource(source(next));
            running = new Running(r.timer(), r.pipeline(), next);
        }
    }

    @Override
    public void close() {
        hub.close();
        stopEncoding();
    }
}
