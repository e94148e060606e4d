package org.ptzcam.http;

/**
 * Where and how the HTTP face listens. Port 0 means "any free port"; the bound port is reported
 * back by {@link HttpFace#httpPort()} / {@link HttpFace#httpsPort()}.
 *
 * @param bindAddress     address to listen on ("0.0.0.0" for all IPv4, "::" for all)
 * @param httpPort        plain HTTP port, 0 = any free port
 * @param httpsPort       HTTPS port, 0 = any free port
 * @param maxHeaderBytes  request line + headers limit; larger requests get 431
 * @param maxBodyBytes    limit for CGI request bodies (urlencoded or JSON); larger ones get an error
 * @param maxThreads      request threads shared by both connectors
 */
public record HttpConfig(String bindAddress, int httpPort, int httpsPort, int maxHeaderBytes, int maxBodyBytes,
                         int maxThreads) {

    /** Documented defaults: 8 KiB headers, 64 KiB CGI bodies, 32 threads. */
    public static HttpConfig of(String bindAddress, int httpPort, int httpsPort) {
        return new HttpConfig(bindAddress, httpPort, httpsPort, 8 * 1024, 64 * 1024, 32);
    }

    public HttpConfig {
        checkPort("HTTP", httpPort);
        checkPort("HTTPS", httpsPort);
        if (maxHeaderBytes < 1024 || maxBodyBytes < 1024 || maxThreads < 8) {
            throw new IllegalArgumentException("limits too small");
        }
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " port must be 0..65535, not " + port);
        }
    }
}
