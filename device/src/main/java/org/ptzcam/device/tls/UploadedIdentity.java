package org.ptzcam.device.tls;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * A certificate chain and private key uploaded as PEM, checked before anything is stored: RSA
 * (≥ 2048 bits) or EC key, unencrypted (PKCS#8, or the traditional RSA/EC forms openssl writes);
 * one certificate whose public key matches the key (proved by a signature, not by comparing
 * fields); the other certificates form the chain, each signed by the next; not expired.
 * A certificate that is not valid <em>yet</em> is accepted with a warning (the camera's clock may
 * be behind).
 *
 * @param chain   the server certificate first, then its chain as uploaded
 * @param key     the private key of {@code chain.get(0)}
 * @param warning empty, or why the certificate may not work yet
 */
public record UploadedIdentity(List<X509Certificate> chain, PrivateKey key, String warning) {

    /** Longest PEM text accepted, certificate chain and key together. */
    public static final int MAX_PEM_CHARS = 64 * 1024;
    /** Longest chain accepted, server certificate included. */
    public static final int MAX_CHAIN = 8;

    /** Why an upload was refused; the message is shown to the administrator as is. */
    public static final class InvalidException extends Exception {
        public InvalidException(String message) {
            super(message);
        }
    }

    public UploadedIdentity {
        chain = List.copyOf(chain);
    }

    /** Parses and checks; the key may also be in {@code certificatePem} (one combined file). */
    public static UploadedIdentity parse(String certificatePem, String keyPem, Instant now) throws InvalidException {
        String all = (certificatePem == null ? "" : certificatePem) + "\n" + (keyPem == null ? "" : keyPem);
        if (all.length() > MAX_PEM_CHARS) {
            throw new InvalidException("certificate and key longer than " + MAX_PEM_CHARS + " characters");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        List<PrivateKey> keys = new ArrayList<>();
        read(all, certificates, keys);
        if (certificates.isEmpty()) {
            throw new InvalidException("no PEM certificate (-----BEGIN CERTIFICATE-----) found");
        }
        if (certificates.size() > MAX_CHAIN) {
            throw new InvalidException("more than " + MAX_CHAIN + " certificates");
        }
        if (keys.size() != 1) {
            throw new InvalidException(keys.isEmpty() ? "no PEM private key found" : "more than one private key");
        }
        PrivateKey key = keys.get(0);
        checkKey(key);
        X509Certificate leaf = certificates.stream().filter(c -> matches(key, c)).findFirst()
                .orElseThrow(() -> new InvalidException("the private key does not belong to any uploaded certificate"));
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        certificates.stream().filter(c -> c != leaf).forEach(chain::add);
        for (int i = 0; i + 1 < chain.size(); i++) {
            try {
                chain.get(i).verify(chain.get(i + 1).getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new InvalidException("certificate " + (i + 2) + " in the chain did not sign certificate "
                        + (i + 1) + " (" + chain.get(i).getIssuerX500Principal().getName() + ")");
            }
        }
        if (leaf.getNotAfter().toInstant().isBefore(now)) {
            throw new InvalidException("the certificate expired on " + leaf.getNotAfter().toInstant());
        }
        String warning = leaf.getNotBefore().toInstant().isAfter(now)
                ? "the certificate is valid only from " + leaf.getNotBefore().toInstant()
                        + "; check the camera's clock" : "";
        return new UploadedIdentity(chain, key, warning);
    }

    private static void read(String pem, List<X509Certificate> certificates, List<PrivateKey> keys)
            throws InvalidException {
        JcaPEMKeyConverter keyConverter = new JcaPEMKeyConverter();
        JcaX509CertificateConverter certConverter = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object o;
            while ((o = parser.readObject()) != null) {
                switch (o) {
                    case X509CertificateHolder h -> certificates.add(certConverter.getCertificate(h));
                    case PEMKeyPair pair -> keys.add(keyConverter.getPrivateKey(pair.getPrivateKeyInfo()));
                    case PrivateKeyInfo info -> keys.add(keyConverter.getPrivateKey(info));
                    case PKCS8EncryptedPrivateKeyInfo ignored ->
                            throw new InvalidException("encrypted private keys are not supported; upload it"
                                    + " unencrypted (openssl pkey -in key.pem -out plain.pem)");
                    case ASN1ObjectIdentifier ignored -> {
                        // "EC PARAMETERS" block that openssl ecparam writes before the key
                    }
                    default -> throw new InvalidException("unexpected PEM block: " + o.getClass().getSimpleName());
                }
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            throw new InvalidException("malformed PEM: " + e.getMessage());
        }
    }

    private static void checkKey(PrivateKey key) throws InvalidException {
        String algorithm = key.getAlgorithm();
        if (!algorithm.equals("RSA") && !algorithm.equals("EC")) {
            throw new InvalidException("only RSA and EC keys are supported, not " + algorithm);
        }
        if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
            throw new InvalidException("RSA keys need at least 2048 bits, this one has "
                    + rsa.getModulus().bitLength());
        }
    }

    /** The key matches when a signature made with it verifies with the certificate's public key. */
    private static boolean matches(PrivateKey key, X509Certificate certificate) {
        if (!certificate.getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
            return false;
        }
        String algorithm = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // e.g. EC key on another curve
        }
    }
}
