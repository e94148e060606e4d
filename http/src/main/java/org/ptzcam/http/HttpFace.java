package org.ptzcam.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.BindException;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.ptzcam.device.DeviceModel;
import java.security.SecureRandom;
import java.time.Clock;
import org.ptzcam.device.accounts.CredentialService;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.ptzcam.device.settings.SecuritySettings;
import org.ptzcam.device.settings.SettingsListener;
import org.ptzcam.http.api.AdminApi;
import org.ptzcam.http.api.CertificateApi;
import org.ptzcam.http.auth.WebSocketSessionCgi;
import org.ptzcam.http.server.WebPorts;
import org.slf4j.LoggerFactory;
import org.ptzcam.http.api.SessionApi;
import org.ptzcam.http.api.StaticResource;
import org.ptzcam.http.auth.BrowserSessions;
import org.ptzcam.http.auth.HttpAuthenticator;
import org.ptzcam.http.auth.PwdgrpCgi;
import org.ptzcam.http.auth.UsergroupCgi;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.server.Replies;
import org.ptzcam.http.cgi.ParamCgi;
import org.ptzcam.http.cgi.StreamProfileCgi;
import org.ptzcam.http.cgi.SystemReadyCgi;
import org.ptzcam.http.ptz.PtzCgi;
import org.ptzcam.http.ptz.PtzConfigCgi;
import org.ptzcam.http.server.HttpsRedirectHandler;
import org.ptzcam.http.server.PlainErrorHandler;
import org.ptzcam.http.server.Router;
import org.ptzcam.http.server.ServerHeaderHandler;
import org.ptzcam.http.server.TlsContext;
import org.ptzcam.http.audio.AudioReceiveCgi;
import org.ptzcam.media.live.LiveAudio;
import org.ptzcam.http.video.ImageSizeCgi;
import org.ptzcam.http.video.LiveVideo;
import org.ptzcam.http.video.MjpegCgi;
import org.ptzcam.http.video.SnapshotCgi;
import org.ptzcam.http.overlay.DynamicOverlayCgi;
import org.ptzcam.http.overlay.OverlayImageCgi;
import org.ptzcam.http.rtsp.RtspOverHttpHandler;
import org.ptzcam.http.rtsp.RtspWebSocketRoute;
import org.ptzcam.rtsp.server.RtspServer;

/**
 * The camera's HTTP and HTTPS face on Jetty 12: one server, two connectors, one route table.
 * Start with {@link #start()}; {@link #close()} stops it and frees both ports.
 */
public final class HttpFace implements AutoCloseable {

    /** Thrown when a port cannot be bound; the message is the one line shown to the user. */
    public static final class PortBindException extends IOException {
        public PortBindException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpConfig config;
    private final Server server;
    private final ServerConnector http;
    private final ServerConnector https;
    private final Router router;
    private final DeviceModel device;
    private final SslContextFactory.Server tls;
    private final WebPorts webPorts;
    private final Runnable certificateChanged;
    private final SettingsListener policyChanged;

    public HttpFace(HttpConfig config, DeviceModel device, LiveVideo video, Supplier<LiveAudio> audio) {
        this(config, device, video, audio, null);
    }

    /**
     * @param rtsp the running RTSP server (asked per request: it is re-created on restart), for
     *             RTSP over HTTP tunnelling and over WebSocket; null serves neither
     */
    public HttpFace(HttpConfig config, DeviceModel device, LiveVideo video, Supplier<LiveAudio> audio,
            Supplier<RtspServer> rtsp) {
        this.config = config;
        this.device = device;
        QueuedThreadPool threads = new QueuedThreadPool(config.maxThreads(), 4);
        threads.setName("http-" + device.identity().serialNumber());
        this.server = new Server(threads);

        HttpConfiguration plain = new HttpConfiguration();
        plain.setSendServerVersion(false);
        plain.setSendXPoweredBy(false);
        plain.setRequestHeaderSize(config.maxHeaderBytes());
        HttpConfiguration secure = new HttpConfiguration(plain);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);

        http = new ServerConnector(server, new HttpConnectionFactory(plain));
        http.setHost(config.bindAddress());
        http.setPort(config.httpPort());
        tls = TlsContext.from(device.certificates());
        https = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                new HttpConnectionFactory(secure));
        https.setHost(config.bindAddress());
        https.setPort(config.httpsPort());
        server.addConnector(http);
        server.addConnector(https);
        webPorts = new WebPorts(server, http, https, device.runtime());
        certificateChanged = this::reloadCertificate;
        // off the updating thread: closing a port waits for the request that closed it to finish
        policyChanged = paths -> {
            if (paths.stream().anyMatch(SecuritySettings.PORT_PATHS::contains)) {
                Thread.ofVirtual().name("web-ports").start(() -> webPorts.apply(device.settings().security().httpsPolicy()));
            }
        };

        // one authenticator in front of the router decides the caller for every route
        CallerAccess access = CallerAccess.fromRequest();
        BrowserSessions sessions = new BrowserSessions(Clock.systemUTC(), new SecureRandom());
        this.router = routes(device, access, video, audio, sessions, rtsp);
        server.setHandler(new ServerHeaderHandler("ptzcam/" + device.identity().firmwareVersion(),
                new HttpsRedirectHandler(() -> device.settings().network().redirectHttpToHttps()
                        && device.settings().security().httpsPolicy().httpsOpen(), this::httpsPort, // never to a closed port
                        new HttpAuthenticator(device.credentials(), sessions, router))));
        server.setErrorHandler(new PlainErrorHandler());
        server.setStopTimeout(2000);
    }

    private Router routes(DeviceModel device, CallerAccess access, LiveVideo video, Supplier<LiveAudio> audio,
            BrowserSessions sessions, Supplier<RtspServer> rtsp) {
        ObjectMapper json = new ObjectMapper();
        int body = config.maxBodyBytes();
        MjpegCgi mjpeg = new MjpegCgi(device.settings(), device.streamProfiles(), video, body);
        SnapshotCgi snapshot = new SnapshotCgi(device.settings(), device.streamProfiles(), video, body);
        CredentialService credentials = device.credentials();
        SessionApi sessionApi = new SessionApi(json, credentials, sessions, access, body);
        AdminApi adminApi = new AdminApi(json, device, access, this::httpPort, this::httpsPort);
        StaticResource index = new StaticResource("index.html", Replies.HTML);
        Router router = new Router();
        if (rtsp != null) {
            // the RTSP inside the tunnel authenticates itself (RtspAuthenticator), as on the RTSP port
            router.route("/axis-media/media.amp", new RtspOverHttpHandler(rtsp))
                    .route(RtspWebSocketRoute.PATH, RtspWebSocketRoute.handler(server, rtsp, device.credentials()));
        }
        return router
                .route("/", index)
                .route("/index.html", index)
                .route("/ui/app.js", new StaticResource("app.js", "text/javascript; charset=utf-8"))
                .route("/ui/style.css", new StaticResource("style.css", "text/css; charset=utf-8"))
                .route("/api/state", sessionApi)
                .route("/api/setup", sessionApi)
                .route("/api/login", sessionApi)
                .route("/api/logout", sessionApi)
                .route("/api/accounts", adminApi)
                .route("/api/security", adminApi)
                .route("/api/audit", adminApi)
                .route("/api/certificate", new CertificateApi(json, device.certificates(), credentials.audit(), access,
                        Clock.systemUTC()))
                .route(WebSocketSessionCgi.EVENTS_PATH, new WebSocketSessionCgi(credentials, access))
                .route(WebSocketSessionCgi.RTSP_PATH, new WebSocketSessionCgi(credentials, access))
                .route("/axis-cgi/pwdgrp.cgi", new PwdgrpCgi(credentials.accounts(), credentials.audit(), access, body))
                .route("/axis-cgi/usergroup.cgi", new UsergroupCgi(access))
                .route("/axis-cgi/param.cgi", new ParamCgi(device.parameters(), access, body,
                        encrypted -> credentials.challenges(CredentialService.Protocol.HTTP, encrypted, false)))
                .route("/axis-cgi/systemready.cgi", new SystemReadyCgi(json, body, device.runtime(),
                        credentials.accounts()::needsSetup, credentials.preview()::secondsLeft))
                .route("/axis-cgi/jpg/image.cgi", snapshot)
                .route("/jpg/image.jpg", snapshot)
                .route("/axis-cgi/mjpg/video.cgi", mjpeg)
                .route("/mjpg/video.mjpg", mjpeg)
                .route("/axis-cgi/imagesize.cgi", new ImageSizeCgi(device.settings(), access, body))
                .route("/axis-cgi/audio/receive.cgi", new AudioReceiveCgi(audio, body))
                .route("/axis-cgi/dynamicoverlay/dynamicoverlay.cgi",
                        new DynamicOverlayCgi(json, body, device.overlays(), access))
                .route("/axis-cgi/uploadoverlayimage.cgi", new OverlayImageCgi(json, device.overlays(), access,
                        () -> new int[] {device.settings().capture().captureMode().width(),
                                device.settings().capture().captureMode().height()}))
                .route("/axis-cgi/com/ptz.cgi", new PtzCgi(device.ptz(), access, body,
                        () -> device.settings().capture().captureMode().width(),
                        () -> device.settings().capture().captureMode().height()))
                .route("/axis-cgi/com/ptzconfig.cgi", new PtzConfigCgi(device.ptz(), access, body))
                .route("/axis-cgi/streamprofile.cgi", new StreamProfileCgi(json, body, device.streamProfiles(), access));
    }

    /** Binds both ports and starts serving; a port that cannot be bound fails with one plain line. */
    public void start() throws IOException {
        try {
            webPorts.beforeStart(device.settings().security().httpsPolicy());
            server.start();
            webPorts.apply(device.settings().security().httpsPolicy());
            device.certificates().addListener(certificateChanged);
            device.settings().addListener(policyChanged);
        } catch (Exception e) {
            IOException problem = bindProblem(e);
            stopQuietly();
            throw problem;
        }
    }

    private IOException bindProblem(Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof BindException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return new IOException("HTTP server failed to start: " + e.getMessage(), e);
        }
        boolean httpBound = http.getLocalPort() > 0;
        String which = httpBound ? "HTTPS" : "HTTP";
        int port = httpBound ? config.httpsPort() : config.httpPort();
        String flag = httpBound ? "--https-port" : "--http-port";
        return new PortBindException(which + " port " + port + " on " + config.bindAddress() + " cannot be used ("
                + cause.getMessage() + "); choose another with " + flag + " (0 = any free port)", e);
    }

    /** Every registered path (the route-scan test walks them). */
    public java.util.Set<String> routes() {
        return router.paths();
    }

    /** The HTTP port, or -1 while {@code Network.HTTPS.Policy} keeps it closed. */
    public int httpPort() {
        return webPorts.port(http);
    }

    /** The HTTPS port, or -1 while {@code Network.HTTPS.Policy} keeps it closed. */
    public int httpsPort() {
        return webPorts.port(https);
    }

    private void reloadCertificate() {
        try {
            TlsContext.reload(tls, device.certificates());
        } catch (Exception e) {
            LoggerFactory.getLogger(HttpFace.class).error("HTTPS could not switch to the new certificate: {}",
                    e.getMessage(), e);
        }
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception ignored) {
            // already failing; the original error is what the user needs to see
        }
    }

    @Override
    public void close() {
        device.settings().removeListener(policyChanged);
        device.certificates().removeListener(certificateChanged);
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("HTTP server did not stop cleanly", e);
        }
    }
}
