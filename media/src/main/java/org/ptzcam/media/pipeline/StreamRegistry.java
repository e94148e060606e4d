package org.ptzcam.media.pipeline;

import java.util.Map;
import org.ptzcam.codec.video.ParameterSets;
import org.ptzcam.codec.video.VideoEncoder;
import java.util.concurrent.ConcurrentHashMap;
import org.ptzcam.media.hub.StreamHub;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;

/**
 * One hub and one encoder per distinct stream configuration; identical requests share them.
 * An idle entry keeps no thread or encoder: the worker stops with its last subscriber.
 */
final class StreamRegistry {

    /** Bounds the table against clients that request endless distinct configurations. */
    static final int MAX_ENTRIES = 256;

    private record Entry(StreamHub hub, EncoderWorker worker) {
    }

    private final CaptureLoop capture;
    private final int queueCapacity;
    private final int encoderThreads;
    private final Map<VideoStreamConfig, Entry> entries = new ConcurrentHashMap<>();

    StreamRegistry(CaptureLoop capture, int queueCapacity, int encoderThreads) {
        this.capture = capture;
        this.queueCapacity = queueCapacity;
        this.encoderThreads = encoderThreads;
    }

    Subscription subscribe(VideoStreamConfig config, Subscriber subscriber) {
        synchronized (entries) {
            if (!entries.containsKey(config) && entries.size() >= MAX_ENTRIES) {
                entries.values().removeIf(e -> e.hub().subscriberCount() == 0);
            }
            Entry entry = entries.computeIfAbsent(config, c -> {
                EncoderWorker worker = new EncoderWorker(c, capture, encoderThreads);
                return new Entry(new StreamHub(worker, queueCapacity), worker);
            });
            return entry.hub().subscribe(subscriber);
        }
    }

    /** The parameter sets of the running encoder of {@code config}, or null if none runs. */
    ParameterSets runningParameterSets(VideoStreamConfig config) {
        Entry e = entries.get(config);
        VideoEncoder enc = e == null ? null : e.worker().encoder();
        return enc == null ? null : enc.parameterSets();
    }

    /** Stops every encoder; subscribers get no more units. */
    void close() {
        synchronized (entries) {
            entries.values().forEach(e -> e.hub().close());
            entries.clear();
        }
    }

    int activeEncoders() {
        return (int) entries.values().stream().filter(e -> e.hub().subscriberCount() > 0).count();
    }
}
