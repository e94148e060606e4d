package org.ptzcam.rtsp.server;

import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.StreamHub;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;

/**
 * The ONVIF metadata track's units ({@code event=on}): until the events issue fills it, an empty
 * {@code tt:MetadataStream} document once a second — the document vapix.md §7.3 says a stream
 * begins with — so clients see a live, valid track. One feed per server, shared by all sessions,
 * running only while a session plays it.
 */
final class MetadataFeed implements StreamHub.Producer {

    static final byte[] EMPTY_DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tt:MetadataStream xmlns:tt="http://www.onvif.org/ver10/schema">
            </tt:MetadataStream>""".getBytes(StandardCharsets.UTF_8);
    private static final long PERIOD_MS = 1000;

    private final EventExecutorGroup timer;
    private final StreamHub hub = new StreamHub(this, 4);
    private ScheduledFuture<?> ticking;

    MetadataFeed(EventExecutorGroup timer) {
        this.timer = timer;
    }

    Subscription subscribe(Subscriber s) {
        return hub.subscribe(s);
    }

    @Override
    public synchronized void start(StreamHub target) {
        ticking = timer.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            // 90 kHz from the monotonic clock, the same clock video capture times use
            target.publish(AccessUnit.of(EMPTY_DOCUMENT, Math.floorDiv(now, 100_000L) * 9, now, true));
        }, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    void close() {
        hub.close();
    }
}
