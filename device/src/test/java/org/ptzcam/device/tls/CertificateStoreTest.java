package org.ptzcam.device.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.settings.NetworkSettings;
import org.ptzcam.device.testsupport.TestCameras;

class CertificateStoreTest {
    private static final int DNS = 2;
    private static final int IP = 7;

    @TempDir
    Path dir;

    @Test
    void createdOnceAndReusedUnchanged() throws Exception {
        byte[] first;
        try (DeviceModel camera = TestCameras.open(dir)) {
            first = camera.certificates().certificate().getEncoded();
            // a later host name change does not reissue the certificate
            camera.settings().update(Map.of(NetworkSettings.HOST_NAME, "renamed"));
        }
        try (DeviceModel camera = TestCameras.open(dir)) {
            assertThat(camera.certificates().certificate().getEncoded()).isEqualTo(first);
        }
    }

    @Test
    void namesTheHostLocalhostAndLoopback() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            X509Certificate cert = camera.certificates().certificate();
            String host = camera.identity().hostName();
            List<String> dns = names(cert, DNS);
            List<String> ips = names(cert, IP);
            assertThat(dns).contains(host, "localhost");
            HostAddresses.machineHostName().ifPresent(machine -> assertThat(dns).contains(machine.toLowerCase()));
            assertThat(ips).contains("127.0.0.1");
            assertThat(ips).anyMatch(ip -> ip.equals("0:0:0:0:0:0:0:1") || ip.equals("::1"));
            assertThat(cert.getSubjectX500Principal().getName()).contains("CN=" + host);
            assertThat(cert.getSigAlgName()).isEqualTo("SHA256withECDSA");
            Duration validity = Duration.between(cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant());
            assertThat(validity).isGreaterThan(Duration.ofDays(3650));
            cert.verify(cert.getPublicKey()); // self-signed
        }
    }

    @Test
    void keyStoreHoldsAUsableKeyForTheCertificate() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            CertificateStore store = camera.certificates();
            KeyStore keyStore = store.keyStore();
            PrivateKey key = (PrivateKey) keyStore.getKey(CertificateStore.ALIAS, store.password());
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key);
            signer.update(new byte[] {1, 2, 3});
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(store.certificate());
            verifier.update(new byte[] {1, 2, 3});
            assertThat(verifier.verify(signature)).isTrue();
        }
    }

    @Test
    void exportsAPemCopyForClients() throws Exception {
        try (DeviceModel camera = TestCameras.open(dir)) {
            String pem = Files.readString(dir.resolve("https-certificate.pem"));
            assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
            assertThat(pem).isEqualTo(CertificatePem.encode(camera.certificates().certificate()));
        }
    }

    private static List<String> names(X509Certificate cert, int type) throws Exception {
        Collection<List<?>> all = cert.getSubjectAlternativeNames();
        return all.stream().filter(n -> (Integer) n.get(0) == type).map(n -> (String) n.get(1)).toList();
    }
}
