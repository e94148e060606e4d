package org.ptzcam.http.server;

import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.ptzcam.device.tls.CertificateStore;

/** TLS settings of the HTTPS connector: the device certificate, TLS 1.2 and 1.3 only. */
public final class TlsContext {

    private TlsContext() {
    }

    public static SslContextFactory.Server from(CertificateStore certificates) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(certificates.keyStore());
        ssl.setKeyStorePassword(new String(certificates.password()));
        ssl.setCertAlias(CertificateStore.ALIAS);
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        // clients reach the camera by any of its addresses or names; the certificate is self-signed,
        // so matching SNI against it would only reject legitimate requests
        ssl.setSniRequired(false);
        return ssl;
    }

    /**
     * Puts the store's current identity in use: new handshakes get it at once, connections already
     * open keep theirs (Jetty swaps the SSLContext; the port stays open).
     */
    public static void reload(SslContextFactory.Server ssl, CertificateStore certificates) throws Exception {
        ssl.reload(factory -> factory.setKeyStore(certificates.keyStore()));
    }
}
