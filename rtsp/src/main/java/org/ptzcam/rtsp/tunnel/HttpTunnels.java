package org.ptzcam.rtsp.tunnel;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RTSP over HTTP (the QuickTime tunnel that ffmpeg {@code -rtsp_transport http}, GStreamer
 * {@code rtsph://} and VLC speak): pairs the GET that carries server→client bytes with the POSTs
 * whose base64 bodies carry the client's requests, by {@code x-sessioncookie}. Transport-neutral:
 * the RTSP port (Netty) and the HTTP/HTTPS ports (Jetty) both use one instance per camera, so
 * limits hold across ports.
 *
 * <p>The RTSP connection is attached when the GET arrives (its replies go down the GET); a GET
 * not joined by a POST within {@link Limits#pairTimeout()} is closed, and at most
 * {@link Limits#maxUnpaired()} GETs wait for their POST at once. The tunnel ends when the GET ends
 * or the RTSP connection closes; POSTs may come and go (some clients send one per request).
 */
public final class HttpTunnels {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTunnels.class);

    /**
     * @param maxUnpaired     GETs waiting for their first POST at once; more get 503
     * @param pairTimeout     a GET without a POST this long is closed
     * @param maxCookieLength longest accepted x-sessioncookie (ffmpeg sends 16 hex digits, VLC 22 chars)
     */
    public record Limits(int maxUnpaired, Duration pairTimeout, int maxCookieLength) {
        public static final Limits DEFAULT = new Limits(16, Duration.ofSeconds(10), 128);
    }

    private final TunnelAttach rtsp;
    private final ScheduledExecutorService timer;
    private final Limits limits;
    private final Map<String, Entry> byCookie = new HashMap<>();
    private int unpaired;

    private static final class Entry {
        final Tunnel tunnel;
        boolean paired;

        Entry(Tunnel tunnel) {
            this.tunnel = tunnel;
        }
    }

    public HttpTunnels(TunnelAttach rtsp, ScheduledExecutorService timer, Limits limits) {
        this.rtsp = Objects.requireNonNull(rtsp, "rtsp");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The GET side arrived (its {@code 200 application/x-rtsp-tunnelled} head must already be on
     * its way, before any RTSP bytes). Attaches an RTSP connection whose output goes to {@code get}.
     */
    public Tunnel openGet(String cookie, TunnelEndpoint get) throws TunnelRefused {
        checkCookie(cookie);
        Entry entry;
        synchronized (this) {
            if (byCookie.containsKey(cookie)) {
                throw new TunnelRefused(400, "x-sessioncookie " + cookie + " is already in use");
            }
            if (unpaired >= limits.maxUnpaired()) {
                throw new TunnelRefused(503, limits.maxUnpaired() + " tunnels are already waiting for their POST");
            }
            entry = new Entry(rtsp.attach(get));
            byCookie.put(cookie, entry);
            unpaired++;
        }
        entry.tunnel.whenClosed(() -> forget(cookie, entry));
        timer.schedule(() -> {
            synchronized (this) {
                if (entry.paired || !entry.tunnel.isOpen()) {
                    return;
                }
            }
            LOG.debug("HTTP tunnel {}: no POST within {} ms, closing the GET", cookie, limits.pairTimeout().toMillis());
            entry.tunnel.close();
        }, limits.pairTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return entry.tunnel;
    }

    /** A POST arrived: its body (base64) feeds the tunnel with this cookie. */
    public PostStream openPost(String cookie) throws TunnelRefused {
        checkCookie(cookie);
        Entry entry;
        synchronized (this) {
            entry = byCookie.get(cookie);
            if (entry == null || !entry.tunnel.isOpen()) {
                throw new TunnelRefused(404, "no tunnel GET with x-sessioncookie " + cookie);
            }
            if (!entry.paired) {
                entry.paired = true;
                unpaired--;
            }
        }
        return new PostStream(cookie, entry.tunnel);
    }

    private synchronized void forget(String cookie, Entry entry) {
        if (byCookie.remove(cookie, entry) && !entry.paired) {
            unpaired--;
        }
    }

    private void checkCookie(String cookie) throws TunnelRefused {
        if (cookie == null || cookie.isEmpty() || cookie.length() > limits.maxCookieLength()
                || !cookie.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new TunnelRefused(400, "x-sessioncookie must be 1.." + limits.maxCookieLength()
                    + " visible ASCII characters");
        }
    }

    /** Tunnels open now (paired or not). */
    public synchronized int open() {
        return byCookie.size();
    }

    /** GETs waiting for their first POST. */
    public synchronized int unpaired() {
        return unpaired;
    }

    /** One POST's body: base64, decoded incrementally into the tunnel. */
    public static final class PostStream {
        private final String cookie;
        private final Tunnel tunnel;
        private final Base64Stream base64 = new Base64Stream();

        PostStream(String cookie, Tunnel tunnel) {
            this.cookie = cookie;
            this.tunnel = tunnel;
        }

        /**
         * Feeds one chunk of the body (taking ownership). False if the tunnel is gone or the chunk
         * is not base64 (the tunnel is then closed too): the caller ends the POST. Otherwise
         * {@code processed} runs once the RTSP side consumed the bytes.
         */
        public boolean write(ByteBuf chunk, ByteBufAllocator alloc, Runnable processed) {
            ByteBuf decoded;
            try {
                decoded = base64.decode(chunk, alloc);
            } catch (MalformedBase64 e) {
                LOG.info("HTTP tunnel {}: POST body is not base64 ({}), closing the tunnel", cookie, e.getMessage());
                tunnel.close();
                return false;
            } finally {
                chunk.release();
            }
            if (!tunnel.isOpen()) {
                decoded.release();
                return false;
            }
            tunnel.receive(decoded, processed);
            return true;
        }

        public boolean tunnelOpen() {
            return tunnel.isOpen();
        }

        /** Runs {@code action} when the tunnel ends (the POST connection should end with it). */
        public void whenTunnelClosed(Runnable action) {
            tunnel.whenClosed(action);
        }
    }
}
