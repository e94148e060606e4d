package org.ptzcam.rtsp.server;

import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ptzcam.codec.video.ParameterSets;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.media.pipeline.VideoStreamConfig;

/**
 * Gets a stream's parameter sets for DESCRIBE without blocking: joins the stream, takes them
 * from the first key frame (the hub delivers a key frame first), leaves, and calls back on the
 * event loop — with empty parameter sets if none came within the wait.
 *
 * <p>Works around media having no "parameter sets of this stream" query; with one, DESCRIBE
 * would not need to start the encoder.
 */
final class ParameterFetch implements Subscriber {

    private final EventLoop loop;
    private final VideoStreamConfig config;
    private final Consumer<ParameterSets> done;
    private Subscription subscription;
    private boolean finished;

    private ParameterFetch(EventLoop loop, VideoStreamConfig config, Consumer<ParameterSets> done) {
        this.loop = loop;
        this.config = config;
        this.done = done;
    }

    static void start(EventLoop loop, VideoPipeline video, VideoStreamConfig config, Duration wait,
            Consumer<ParameterSets> done) {
        ParameterFetch f = new ParameterFetch(loop, config, done);
        Subscription s = video.subscribe(config, f);
        loop.execute(() -> {
            f.subscription = s;
            f.check();
        });
        loop.schedule(() -> f.finish(ParameterSets.none(config.encoder().codec())), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void unitsAvailable() {
        loop.execute(this::check);
    }

    @Override
    public void streamEnded() {
        loop.execute(() -> finish(ParameterSets.none(config.encoder().codec())));
    }

    private void check() {
        if (finished || subscription == null) {
            return;
        }
        AccessUnit unit = subscription.poll();
        if (unit == null) {
            return;
        }
        ParameterSets ps;
        try {
            byte[] bytes = new byte[unit.size()];
            unit.payload().get(bytes);
            ps = ParameterSets.extract(config.encoder().codec(), bytes);
        } finally {
            unit.release();
        }
        finish(ps);
    }

    private void finish(ParameterSets ps) {
        if (finished) {
            return;
        }
        finished = true;
        if (subscription != null) {
            subscription.close();
        }
        done.accept(ps);
    }
}
