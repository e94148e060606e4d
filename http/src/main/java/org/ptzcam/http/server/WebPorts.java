package org.ptzcam.http.server;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.ptzcam.device.runtime.RuntimeInfo;
import org.ptzcam.device.settings.HttpsPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes the HTTP and HTTPS connectors as {@code Network.HTTPS.Policy} says, on a running
 * server, without restarting the camera. A closed connector leaves the server (Jetty starts every
 * connector it holds); a reopened one binds the port it had before, so addresses stay valid.
 * Keeps the live ports in {@link RuntimeInfo} ({@code Network.HTTP.Port} disappears while closed).
 */
public final class WebPorts {

    private static final Logger log = LoggerFactory.getLogger(WebPorts.class);
    /** How long a closing connector lets requests in flight (the one that closed it) finish. */
    private static final long GRACE_MILLIS = 2000;

    private final Server server;
    private final ServerConnector http;
    private final ServerConnector https;
    private final RuntimeInfo runtime;

    public WebPorts(Server server, ServerConnector http, ServerConnector https, RuntimeInfo runtime) {
        this.server = server;
        this.http = http;
        this.https = https;
        this.runtime = runtime;
    }

    /** Before {@code server.start()}: only the open connectors take part. */
    public synchronized void beforeStart(HttpsPolicy policy) {
        server.removeConnector(http);
        server.removeConnector(https);
        if (policy.httpOpen()) {
            server.addConnector(http);
        }
        if (policy.httpsOpen()) {
            server.addConnector(https);
        }
    }

    /** After start and after each policy change: records ports, opens or closes connectors. */
    public synchronized void apply(HttpsPolicy policy) {
        set(http, RuntimeInfo.HTTP, policy.httpOpen());
        set(https, RuntimeInfo.HTTPS, policy.httpsOpen());
    }

    /** The connector's bound port, or -1 when it is closed. */
    public synchronized int port(ServerConnector connector) {
        return connector.isRunning() ? connector.getLocalPort() : -1;
    }

    private void set(ServerConnector connector, String name, boolean open) {
        boolean running = connector.isRunning();
        if (open && !running) {
            open(connector, name);
        } else if (!open && running) {
            close(connector, name);
        }
        if (connector.isRunning()) {
            runtime.setPort(name, connector.getLocalPort());
        } else {
            runtime.clearPort(name);
        }
    }

    private void open(ServerConnector connector, String name) {
        try {
            server.addConnector(connector);
            connector.start();
            log.info("{} port {} opened", name.toUpperCase(java.util.Locale.ROOT), connector.getLocalPort());
        } catch (Exception e) {
            server.removeConnector(connector);
            log.error("{} port {} cannot be opened ({}); it stays closed", name, connector.getPort(), e.getMessage());
        }
    }

    private void close(ServerConnector connector, String name) {
        int port = connector.getLocalPort();
        try {
            // the request that changed the policy may be on this connector: let it finish first
            connector.shutdown().get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.debug("{} port {}: connections still open after {} ms; closing them", name, port, GRACE_MILLIS);
        }
        try {
            connector.stop();
        } catch (Exception e) {
            log.warn("{} port {} did not stop cleanly: {}", name, port, e.getMessage());
        }
        server.removeConnector(connector);
        connector.setPort(port); // reopen on the same port
        log.info("{} port {} closed (Network.HTTPS.Policy)", name.toUpperCase(java.util.Locale.ROOT), port);
    }
}
