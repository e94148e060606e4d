package org.ptzcam.device.tls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.ptzcam.device.DeviceStartException;
import org.ptzcam.device.store.DataDirLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera's HTTPS identity: a key and certificate chain in a PKCS12 key store kept in the
 * database (so it commits atomically with everything else and factory default removes it). At
 * first boot it is a self-signed certificate; an administrator may install an uploaded one
 * ({@link #install}) and go back ({@link #revertToSelfSigned}): the self-signed entry stays in the
 * key store under {@link #SELF_SIGNED} meanwhile. Listeners (the HTTPS connector) hear each change.
 */
public final class CertificateStore {
    private static final Logger LOG = LoggerFactory.getLogger(CertificateStore.class);
    /** The key store entry holding the key and certificate in use. */
    public static final String ALIAS = "https";
    /** Where the self-signed identity waits while an uploaded one is in use. */
    public static final String SELF_SIGNED = "self-signed";

    private final char[] password;
    private final HttpsIdentityRepository repository;
    private final DataDirLayout layout;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile KeyStore keyStore;

    private CertificateStore(KeyStore keyStore, char[] password, HttpsIdentityRepository repository,
            DataDirLayout layout, Clock clock) {
        this.keyStore = keyStore;
        this.password = password;
        this.repository = repository;
        this.layout = layout;
        this.clock = clock;
    }

    /** Loads the stored identity, creating it (named {@code hostName}) on first boot. */
    public static CertificateStore loadOrCreate(HttpsIdentityRepository repository, DataDirLayout layout,
            String hostName, Clock clock) throws DeviceStartException {
        Optional<HttpsIdentityRepository.Stored> stored = repository.load();
        CertificateStore store;
        if (stored.isPresent()) {
            char[] password = stored.get().password().toCharArray();
            store = new CertificateStore(open(stored.get(), layout), password, repository, layout, clock);
        } else {
            char[] password = newPassword();
            store = new CertificateStore(create(hostName, clock, password), password, repository, layout, clock);
            repository.save(new HttpsIdentityRepository.Stored(store.encoded(store.keyStore), new String(password),
                    clock.instant()));
            LOG.info("first boot: created HTTPS certificate for {}", hostName);
        }
        CertificatePem.export(store.certificate(), layout.certificatePem(), layout.certificatePemTemporary());
        return store;
    }

    /**
     * A key store holding only the identity in use, under {@link #ALIAS}, protected by
     * {@link #password()}: what the TLS connector loads. A fresh copy on each call.
     */
    public KeyStore keyStore() {
        KeyStore current = keyStore;
        try {
            KeyStore only = KeyStore.getInstance("PKCS12");
            only.load(null, null);
            only.setEntry(ALIAS, current.getEntry(ALIAS, new KeyStore.PasswordProtection(password)),
                    new KeyStore.PasswordProtection(password));
            return only;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("HTTPS key store unreadable: " + e.getMessage(), e);
        }
    }

    /** The password of the key store and of its key entry (a copy). */
    public char[] password() {
        return password.clone();
    }

    /** The certificate in use. */
    public X509Certificate certificate() {
        return chain().get(0);
    }

    /** The certificate in use and its chain, as clients receive them. */
    public List<X509Certificate> chain() {
        try {
            Certificate[] chain = keyStore.getCertificateChain(ALIAS);
            return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
        } catch (KeyStoreException e) {
            throw new IllegalStateException("HTTPS key store unreadable: " + e.getMessage(), e);
        }
    }

    /** True while an uploaded certificate is in use (false: the camera's self-signed one). */
    public boolean custom() {
        try {
            return keyStore.containsAlias(SELF_SIGNED);
        } catch (KeyStoreException e) {
            return false;
        }
    }

    /** Runs after every change of the identity in use (after it is stored). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Stores the uploaded identity and puts it in use; the self-signed one is kept for a revert. */
    public synchronized void install(UploadedIdentity identity) {
        try {
            KeyStore next = KeyStore.getInstance("PKCS12");
            next.load(null, null);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            next.setEntry(SELF_SIGNED, keyStore.getEntry(custom() ? SELF_SIGNED : ALIAS, protection), protection);
            next.setKeyEntry(ALIAS, identity.key(), password, identity.chain().toArray(Certificate[]::new));
            replace(next);
            LOG.info("HTTPS certificate replaced by an uploaded one: {}", certificate().getSubjectX500Principal());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the HTTPS key store: " + e.getMessage(), e);
        }
    }

    /** Puts the camera's own self-signed certificate back in use; nothing happens if it already is. */
    public synchronized void revertToSelfSigned() {
        if (!custom()) {
            return;
        }
        try {
            KeyStore next = KeyStore.getInstance("PKCS12");
            next.load(null, null);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            next.setEntry(ALIAS, keyStore.getEntry(SELF_SIGNED, protection), protection);
            replace(next);
            LOG.info("HTTPS certificate reverted to the self-signed one");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the HTTPS key store: " + e.getMessage(), e);
        }
    }

    private void replace(KeyStore next) {
        try {
            repository.replace(new HttpsIdentityRepository.Stored(encoded(next), new String(password), clock.instant()));
        } catch (DeviceStartException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        keyStore = next;
        CertificatePem.export(certificate(), layout.certificatePem(), layout.certificatePemTemporary());
        listeners.forEach(Runnable::run);
    }

    private static KeyStore open(HttpsIdentityRepository.Stored stored, DataDirLayout layout)
            throws DeviceStartException {
        char[] password = stored.password().toCharArray();
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(new ByteArrayInputStream(stored.keyStore()), password);
            Certificate certificate = keyStore.getCertificate(ALIAS);
            if (!(certificate instanceof X509Certificate x509) || keyStore.getKey(ALIAS, password) == null) {
                throw new GeneralSecurityException("no key entry '" + ALIAS + "'");
            }
            return keyStore;
        } catch (GeneralSecurityException | IOException e) {
            throw new DeviceStartException("the HTTPS key store in " + layout.database()
                    + " cannot be read (" + e.getMessage() + "); run `ptzcam factory-default --data-dir "
                    + layout.dir() + "` or use another --data-dir", e);
        }
    }

    private static char[] newPassword() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
    }

    private static KeyStore create(String hostName, Clock clock, char[] password) throws DeviceStartException {
        SecureRandom random = new SecureRandom();
        try {
            SelfSignedCertificates.Issued issued = SelfSignedCertificates.create(hostName,
                    HostAddresses.machineHostName().stream().toList(), HostAddresses.nonLoopback(),
                    clock.instant(), random);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(ALIAS, issued.keyPair().getPrivate(), password,
                    new Certificate[] {issued.certificate()});
            return keyStore;
        } catch (GeneralSecurityException | IOException e) {
            throw new DeviceStartException("cannot create the HTTPS certificate (" + e.getMessage()
                    + "); check that this Java has the SunEC provider", e);
        }
    }

    private byte[] encoded(KeyStore keyStore) throws DeviceStartException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            keyStore.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new DeviceStartException("cannot encode the HTTPS key store (" + e.getMessage() + ")", e);
        }
    }
}
