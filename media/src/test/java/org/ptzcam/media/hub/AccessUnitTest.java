package org.ptzcam.media.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The derived form of a unit: made once per key, shared, closed with the unit. */
class AccessUnitTest {

    private static final class Closeable implements AutoCloseable {
        int closed;
        final int size;

        Closeable(int size) {
            this.size = size;
        }

        @Override
        public void close() {
            closed++;
        }
    }

    @Test
    void derivedFormIsMadeOnceAndSharedByEqualKeys() {
        AccessUnit unit = AccessUnit.of(new byte[] {1, 2, 3}, 0, 0, true);
        AtomicInteger made = new AtomicInteger();
        Closeable first = unit.derived("h264", b -> {
            made.incrementAndGet();
            return new Closeable(b.remaining());
        });
        Closeable second = unit.derived(new String("h264"), b -> new Closeable(-1));
        assertThat(second).isSameAs(first);
        assertThat(first.size).isEqualTo(3);
        assertThat(made).hasValue(1);
        assertThat(unit.<Closeable>derived("jpeg", b -> new Closeable(0))).as("other key: make your own").isNull();
    }

    @Test
    void derivedFormIsClosedWhenTheLastReferenceGoes() {
        AtomicInteger freed = new AtomicInteger();
        AccessUnit unit = new AccessUnit(ByteBuffer.wrap(new byte[8]), 0, 0, true, freed::incrementAndGet);
        Closeable c = unit.derived("k", b -> new Closeable(b.remaining()));
        unit.retain();
        unit.release();
        assertThat(c.closed).isZero();
        unit.release();
        assertThat(c.closed).isEqualTo(1);
        assertThat(freed).hasValue(1);
    }

    @Test
    void aFailedMakeLeavesNoForm() {
        AccessUnit unit = AccessUnit.of(new byte[1], 0, 0, false);
        assertThatThrownBy(() -> unit.derived("k", b -> {
            throw new IllegalArgumentException("cannot carry");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(unit.<Closeable>derived("k", b -> new Closeable(1)).size).isEqualTo(1);
        unit.release();
    }
}
