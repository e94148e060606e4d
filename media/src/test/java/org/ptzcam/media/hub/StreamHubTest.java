package org.ptzcam.media.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StreamHubTest {

    /** Records start/stop and key frame requests, as an encoder would receive them. */
    static final class CountingProducer implements StreamHub.Producer {
        int starts;
        int stops;
        int keyframeRequests;

        @Override
        public void start(StreamHub hub) {
            starts++;
        }

        @Override
        public void stop() {
            stops++;
        }

        @Override
        public void keyframeWanted() {
            keyframeRequests++;
        }
    }

    private final List<AccessUnit> made = new ArrayList<>();
    private final AtomicInteger freed = new AtomicInteger();

    private AccessUnit unit(int n, boolean key) {
        AccessUnit u = new AccessUnit(java.nio.ByteBuffer.wrap(new byte[] {(byte) n}), n * 3000L, n, key,
                freed::incrementAndGet);
        made.add(u);
        return u;
    }

    private static List<Integer> drain(Subscription s) {
        List<Integer> out = new ArrayList<>();
        AccessUnit u;
        while ((u = s.poll()) != null) {
            out.add((int) u.payload().get(0));
            u.release();
        }
        return out;
    }

    @Test
    void producerRunsWhileAnyoneIsSubscribed() {
        CountingProducer p = new CountingProducer();
        StreamHub hub = new StreamHub(p, 4);
        Subscription a = hub.subscribe(() -> { });
        Subscription b = hub.subscribe(() -> { });
        assertThat(p.starts).isEqualTo(1);
        assertThat(p.keyframeRequests).isEqualTo(2);
        a.close();
        assertThat(p.stops).isZero();
        b.close();
        b.close();
        assertThat(p.stops).isEqualTo(1);
        hub.subscribe(() -> { }).close();
        assertThat(p.starts).isEqualTo(2);
    }

    @Test
    void newSubscriberStartsAtAKeyFrame() {
        StreamHub hub = new StreamHub(new CountingProducer(), 8);
        Subscription s = hub.subscribe(() -> { });
        hub.publish(unit(1, false));
        hub.publish(unit(2, false));
        hub.publish(unit(3, true));
        hub.publish(unit(4, false));
        assertThat(drain(s)).containsExactly(3, 4);
        assertThat(s.dropped()).isEqualTo(2);
    }

    @Test
    void slowSubscriberSkipsToNextKeyFrameWithoutAffectingOthers() {
        StreamHub hub = new StreamHub(new CountingProducer(), 3);
        AtomicInteger fastWakeups = new AtomicInteger();
        Subscription slow = hub.subscribe(() -> { });
        Subscription fast = hub.subscribe(fastWakeups::incrementAndGet);
        List<Integer> fastGot = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hub.publish(unit(i, i % 5 == 0));  // key frames at 0 and 5
            fastGot.addAll(drain(fast));     // the fast one keeps up; the slow one never reads
        }
        assertThat(fastGot).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(fastWakeups.get()).isEqualTo(10);
        // slow queued 0,1,2; 3 overflowed -> dropped all, waited; 5 key -> 5,6,7; 8 overflowed; 9 not key
        assertThat(drain(slow)).isEmpty();
        assertThat(slow.dropped()).isEqualTo(10);
    }

    @Test
    void everyUnitIsFreedExactlyOnce() {
        StreamHub hub = new StreamHub(new CountingProducer(), 2);
        Subscription a = hub.subscribe(() -> { });
        Subscription b = hub.subscribe(() -> { });
        for (int i = 0; i < 7; i++) {
            hub.publish(unit(i, i % 3 == 0));
            drain(a);
        }
        b.close();
        a.close();
        assertThat(freed.get()).isEqualTo(made.size());
        assertThat(made).allMatch(u -> u.refCount() == 0);
    }

    @Test
    void publishWithoutSubscribersFreesTheUnit() {
        StreamHub hub = new StreamHub(new CountingProducer(), 2);
        hub.publish(unit(1, true));
        assertThat(freed.get()).isEqualTo(1);
    }

    @Test
    void closingTheHubEndsEverySubscriptionAndStopsTheProducer() {
        CountingProducer p = new CountingProducer();
        StreamHub hub = new StreamHub(p, 4);
        AtomicInteger ended = new AtomicInteger();
        Subscriber s = new Subscriber() {
            @Override
            public void unitsAvailable() {
            }

            @Override
            public void streamEnded() {
                ended.incrementAndGet();
            }
        };
        Subscription a = hub.subscribe(s);
        hub.subscribe(s);
        hub.publish(unit(1, true));
        hub.close();
        assertThat(ended.get()).isEqualTo(2);
        assertThat(p.stops).isEqualTo(1);
        assertThat(a.poll()).isNull();
        assertThat(freed.get()).isEqualTo(1);
        a.close();
        assertThat(p.stops).isEqualTo(1);
    }
}
