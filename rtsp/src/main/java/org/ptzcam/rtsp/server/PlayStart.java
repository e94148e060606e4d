package org.ptzcam.rtsp.server;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ptzcam.media.hub.AccessUnit;

/**
 * The start of one aggregate PLAY: the reply's {@code RTP-Info} lists, for every track, the
 * sequence number and RTP time of its first packet (RFC 2326 §12.33), so no track sends before
 * every track has its first unit — or until the wait ends; tracks without a unit by then are
 * listed with their sequence number only. Event loop of the session's owner only.
 */
final class PlayStart implements TrackSender.Gate {

    /** One track's entry in the reply. */
    record TrackStart(Track track, int sequence, Long rtptime) {
    }

    private final EventLoop loop;
    private final Consumer<List<TrackStart>> reply;
    private final Map<TrackSender, Track> tracks = new IdentityHashMap<>();
    private final Map<TrackSender, Long> firstTimes = new IdentityHashMap<>();
    private final List<TrackSender> order = new ArrayList<>();
    private final List<Track> shared = new ArrayList<>();
    private boolean fired;

    /** @param reply sends the PLAY reply; runs once, before any track's first packet */
    PlayStart(EventLoop loop, Consumer<List<TrackStart>> reply) {
        this.loop = loop;
        this.reply = reply;
    }

    void add(Track track, TrackSender sender) {
        tracks.put(sender, track);
        order.add(sender);
    }

    /** A multicast track: already running (or starting) for others; listed with its next sequence number. */
    void addShared(Track track) {
        shared.add(track);
    }

    /** True if no track waits for a first unit (all multicast): reply at once. */
    boolean nothingToWaitFor() {
        return order.isEmpty();
    }

    @Override
    public boolean first(TrackSender sender, AccessUnit unit) {
        if (fired) {
            return true;
        }
        firstTimes.put(sender, sender.rtp().rtpTimestamp(unit.pts90k()));
        if (firstTimes.size() < order.size()) {
            return false;
        }
        fire(sender);
        return true;
    }

    /** The wait ended: reply with what is known and let every track go. */
    void timeout() {
        if (!fired) {
            fire(null);
        }
    }

    boolean fired() {
        return fired;
    }

    private void fire(TrackSender caller) {
        fired = true;
        List<TrackStart> starts = new ArrayList<>(order.size());
        for (TrackSender s : order) {
            starts.add(new TrackStart(tracks.get(s), s.rtp().nextSequence(), firstTimes.get(s)));
        }
        for (Track t : shared) {
            starts.add(new TrackStart(t, t.rtp().nextSequence(), null));
        }
        starts.sort(java.util.Comparator.comparingInt(ts -> ts.track().id()));
        reply.accept(starts);
        for (TrackSender s : order) {
            if (s != caller) {
                loop.execute(s::open);
            }
        }
    }
}
