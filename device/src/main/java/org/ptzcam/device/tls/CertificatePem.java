package org.ptzcam.device.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.ptzcam.device.store.FileErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a PEM copy of the certificate in the data directory so clients can trust it
 * ({@code curl --cacert}). Derived from the database; rewritten only when it differs.
 */
final class CertificatePem {
    private static final Logger LOG = LoggerFactory.getLogger(CertificatePem.class);

    private CertificatePem() {
    }

    static String encode(X509Certificate certificate) throws CertificateEncodingException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    /** Best effort: the camera works without the copy, so a failure is only logged. */
    static void export(X509Certificate certificate, Path file, Path temporary) {
        try {
            String pem = encode(certificate);
            if (Files.exists(file) && Files.readString(file, StandardCharsets.US_ASCII).equals(pem)) {
                return;
            }
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("cannot write {} ({}); HTTPS works, but clients must fetch the certificate themselves",
                    file, FileErrors.reason(e));
        } catch (CertificateEncodingException e) {
            LOG.warn("cannot encode the HTTPS certificate: {}", e.getMessage());
        }
    }
}
