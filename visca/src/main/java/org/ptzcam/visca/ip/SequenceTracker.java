package org.ptzcam.visca.ip;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last sequence number executed per controller (address and port). A command whose number is
 * not newer (modulo 2^32, so the wrap from 0xFFFFFFFF to 0 is newer) was already executed: Sony
 * answers it with "abnormality in sequence number" instead of running it twice. RESET forgets the
 * peer, so its next number is accepted whatever it is. At most {@value #MAX_PEERS} peers are
 * remembered (least recently heard forgotten first), so a flood of source ports cannot grow memory.
 */
final class SequenceTracker {
    static final int MAX_PEERS = 64;

    private final Map<InetSocketAddress, Long> last = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<InetSocketAddress, Long> eldest) {
            return size() > MAX_PEERS;
        }
    };

    /** True when {@code seq} may run; records it as the peer's last number. */
    synchronized boolean accept(InetSocketAddress peer, long seq) {
        Long previous = last.get(peer);
        if (previous != null) {
            long ahead = (seq - previous) & 0xFFFF_FFFFL;
            if (ahead == 0 || ahead >= 0x8000_0000L) {
                return false;
            }
        }
        last.put(peer, seq);
        return true;
    }

    synchronized void reset(InetSocketAddress peer) {
        last.remove(peer);
    }
}
