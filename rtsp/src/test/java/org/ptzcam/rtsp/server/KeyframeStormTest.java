package org.ptzcam.rtsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscription;

/**
 * Every new viewer (and every DESCRIBE, which subscribes for the parameter sets) asks the encoder
 * for a key frame. Arriving in a storm they must not turn every frame into an IDR for everyone
 * already watching: forced key frames are spaced (media's EncoderWorker, 500 ms).
 */
class KeyframeStormTest {

    @TempDir
    Path dataDir;

    @Test
    void subscribersArrivingEveryFrameDoNotMakeEveryFrameAKeyFrame() throws Exception {
        try (TestCamera camera = new TestCamera(dataDir)) {
            StreamChoice stream = StreamChoice.from(Map.of("videocodec", "h264", "resolution", "320x180", "fps", "15"),
                    camera.device.settings().capture(), 30, java.util.Optional.empty(), StreamProfiles.NONE, true);
            AtomicInteger units = new AtomicInteger();
            AtomicInteger keyframes = new AtomicInteger();
            Subscription[] first = new Subscription[1];
            first[0] = camera.video.subscribe(stream.config(), () -> {
                for (AccessUnit u; first[0] != null && (u = first[0].poll()) != null; ) {
                    units.incrementAndGet();
                    if (u.keyframe()) {
                        keyframes.incrementAndGet();
                    }
                    u.release();
                }
            });
            List<Subscription> others = new ArrayList<>();
            org.awaitility.Awaitility.await().until(() -> units.get() >= 2);
            int unitsBefore = units.get();
            int keysBefore = keyframes.get();
            for (int i = 0; i < 45; i++) { // a new viewer every 1/15 s for 3 s
                others.add(camera.video.subscribe(stream.config(), () -> { }));
                Thread.sleep(1000 / 15);
            }
            int storm = units.get() - unitsBefore;
            int keys = keyframes.get() - keysBefore;
            others.forEach(Subscription::close);
            first[0].close();
            assertThat(storm).as("frames during the storm").isGreaterThan(10);
            // 3 s: at most one forced key frame per 500 ms, plus natural ones (GOP) and one at the edge
            assertThat(keys).as("key frames among %d frames", storm).isLessThanOrEqualTo(9);
        }
    }
}
