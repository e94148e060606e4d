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
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.cgi.ParamCgi;
import org.ptzcam.http.cgi.SystemReadyCgi;
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

    public HttpFace(HttpConfig config, DeviceModel device, CallerAccess access, LiveVideo video,
            Supplier<LiveAudio> audio) {
        this(config, device, access, video, audio, null);
    }

    /**
     * @param rtsp the running RTSP server (asked per request: it is re-created on restart), for
     *             RTSP over HTTP tunnelling and over WebSocket; null serves neither
     */
    public HttpFace(HttpConfig config, DeviceModel device, CallerAccess access, LiveVideo video,
            Supplier<LiveAudio> audio, Supplier<RtspServer> rtsp) {
        this.config = config;
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
        https = new ServerConnector(server,
                new SslConnectionFactory(TlsContext.from(device.certificates()), "http/1.1"),
                new HttpConnectionFactory(secure));
        https.setHost(config.bindAddress());
        https.setPort(config.httpsPort());
        server.addConnector(http);
        server.addConnector(https);

        server.setHandler(new ServerHeaderHandler("ptzcam/" + device.identity().firmwareVersion(),
                new HttpsRedirectHandler(() -> device.settings().network().redirectHttpToHttps(), this::httpsPort,
                        routes(device, access, video, audio, rtsp))));
        server.setErrorHandler(new PlainErrorHandler());
        server.setStopTimeout(2000);
    }

    private Handler routes(DeviceModel device, CallerAccess access, LiveVideo video, Supplier<LiveAudio> audio,
            Supplier<RtspServer> rtsp) {
        ObjectMapper json = new ObjectMapper();
        int body = config.maxBodyBytes();
        MjpegCgi mjpeg = new MjpegCgi(device.settings(), video, body);
        SnapshotCgi snapshot = new SnapshotCgi(device.settings(), video, body);
        // needsetup stays "yes" until the accounts issue lets a first administrator be created
        Router router = new Router();
        if (rtsp != null) {
            router.route("/axis-media/media.amp", new RtspOverHttpHandler(rtsp))
                    .route(RtspWebSocketRoute.PATH, RtspWebSocketRoute.handler(server, rtsp));
        }
        return router
                .route("/axis-cgi/param.cgi", new ParamCgi(device.parameters(), access, body))
                .route("/axis-cgi/systemready.cgi", new SystemReadyCgi(json, body, device.runtime(), () -> true))
                .route("/axis-cgi/jpg/image.cgi", snapshot)
                .route("/jpg/image.jpg", snapshot)
                .route("/axis-cgi/mjpg/video.cgi", mjpeg)
                .route("/mjpg/video.mjpg", mjpeg)
                .route("/axis-cgi/imagesize.cgi", new ImageSizeCgi(device.settings(), access, body))
                .route("/axis-cgi/audio/receive.cgi", new AudioReceiveCgi(audio, body));
    }

    /** Binds both ports and starts serving; a port that cannot be bound fails with one plain line. */
    public void start() throws IOException {
        try {
            server.start();
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

    public int httpPort() {
        return http.getLocalPort();
    }

    public int httpsPort() {
        return https.getLocalPort();
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
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("HTTP server did not stop cleanly", e);
        }
    }
}
