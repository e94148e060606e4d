package org.ptzcam.device.tls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.ptzcam.device.DeviceStartException;
import org.ptzcam.device.store.DataDirLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera's HTTPS identity: a self-signed certificate and its key in a PKCS12 key store,
 * created at first boot and kept in the database (so it commits atomically with everything else
 * and factory default removes it), then reused unchanged on every boot.
 */
public final class CertificateStore {
    private static final Logger LOG = LoggerFactory.getLogger(CertificateStore.class);
    /** The key store entry holding the key and certificate. */
    public static final String ALIAS = "https";

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private CertificateStore(KeyStore keyStore, char[] password, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = certificate;
    }

    /** Loads the stored identity, creating it (named {@code hostName}) on first boot. */
    public static CertificateStore loadOrCreate(HttpsIdentityRepository repository, DataDirLayout layout,
            String hostName, Clock clock) throws DeviceStartException {
        Optional<HttpsIdentityRepository.Stored> stored = repository.load();
        CertificateStore store;
        if (stored.isPresent()) {
            store = open(stored.get(), layout);
        } else {
            store = create(hostName, clock);
            repository.save(new HttpsIdentityRepository.Stored(store.encoded(), new String(store.password),
                    clock.instant()));
            LOG.info("first boot: created HTTPS certificate for {}", hostName);
        }
        CertificatePem.export(store.certificate, layout.certificatePem(), layout.certificatePemTemporary());
        return store;
    }

    /** The key store holding the key and certificate under {@link #ALIAS}; do not modify it. */
    public KeyStore keyStore() {
        return keyStore;
    }

    /** The password of the key store and of its key entry (a copy). */
    public char[] password() {
        return password.clone();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    private static CertificateStore open(HttpsIdentityRepository.Stored stored, DataDirLayout layout)
            throws DeviceStartException {
        char[] password = stored.password().toCharArray();
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(new ByteArrayInputStream(stored.keyStore()), password);
            Certificate certificate = keyStore.getCertificate(ALIAS);
            if (!(certificate instanceof X509Certificate x509) || keyStore.getKey(ALIAS, password) == null) {
                throw new GeneralSecurityException("no key entry '" + ALIAS + "'");
            }
            return new CertificateStore(keyStore, password, x509);
        } catch (GeneralSecurityException | IOException e) {
            throw new DeviceStartException("the HTTPS key store in " + layout.database()
                    + " cannot be read (" + e.getMessage() + "); run `ptzcam factory-default --data-dir "
                    + layout.dir() + "` or use another --data-dir", e);
        }
    }

    private static CertificateStore create(String hostName, Clock clock) throws DeviceStartException {
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[18];
        random.nextBytes(secret);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
        try {
            SelfSignedCertificates.Issued issued = SelfSignedCertificates.create(hostName,
                    HostAddresses.machineHostName().stream().toList(), HostAddresses.nonLoopback(),
                    clock.instant(), random);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(ALIAS, issued.keyPair().getPrivate(), password,
                    new Certificate[] {issued.certificate()});
            return new CertificateStore(keyStore, password, issued.certificate());
        } catch (GeneralSecurityException | IOException e) {
            throw new DeviceStartException("cannot create the HTTPS certificate (" + e.getMessage()
                    + "); check that this Java has the SunEC provider", e);
        }
    }

    private byte[] encoded() throws DeviceStartException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            keyStore.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new DeviceStartException("cannot encode the HTTPS key store (" + e.getMessage() + ")", e);
        }
    }
}
