package org.ptzcam.device.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts about this run of the camera that are never stored: the boot id (new on every open),
 * uptime, and the ports the protocol faces actually listen on (known only after they bind).
 */
public final class RuntimeInfo {
    public static final String HTTP = "http";
    public static final String HTTPS = "https";
    public static final String RTSP = "rtsp";
    /** VISCA over IP, Sony framing (UDP); absent while VISCA over IP is off. */
    public static final String VISCA_IP = "visca-ip";
    /** Raw VISCA over UDP; absent while VISCA over IP is off. */
    public static final String VISCA_RAW = "visca-raw";

    private final Clock clock;
    private final Instant started;
    private final String bootId = UUID.randomUUID().toString();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();

    public RuntimeInfo(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.started = clock.instant();
    }

    public String bootId() {
        return bootId;
    }

    /** Whole seconds since the device model was opened (never negative, even if the clock steps back). */
    public long uptimeSeconds() {
        return Math.max(0, Duration.between(started, clock.instant()).toSeconds());
    }

    /** Records the live port of a listener, e.g. {@code setPort("rtsp", 8554)}. */
    public void setPort(String name, int port) {
        Objects.requireNonNull(name, "name");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " out of range 1-65535");
        }
        ports.put(name, port);
    }

    /** Forgets a listener's port (it stopped). */
    public void clearPort(String name) {
        ports.remove(name);
    }

    public OptionalInt port(String name) {
        Integer port = ports.get(name);
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }
}
