package org.ptzcam.device.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PEM checks on openssl-made keys and certificates; bytes only, no camera. */
class UploadedIdentityTest {


    @TempDir
    Path dir;

    String openssl(String... args) throws Exception {
        String bin = null;
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (new File(d, "openssl").canExecute()) {
                bin = new File(d, "openssl").getPath();
                break;
            }
        }
        if (bin == null) {
            throw new AssertionError("openssl is not installed; install the Debian package 'openssl'");
        }
        List<String> cmd = new ArrayList<>(List.of(bin));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    String read(String name) throws Exception {
        return Files.readString(dir.resolve(name));
    }

    @Test
    void ecKeyWithParametersBlockAndTraditionalForm() throws Exception {
        openssl("ecparam", "-name", "prime256v1", "-genkey", "-out", "ec.key"); // "EC PARAMETERS" + "EC PRIVATE KEY"
        openssl("req", "-x509", "-key", "ec.key", "-out", "ec.pem", "-days", "2", "-subj", "/CN=ec.example");
        assertThat(read("ec.key")).contains("BEGIN EC PARAMETERS", "BEGIN EC PRIVATE KEY");
        UploadedIdentity id = UploadedIdentity.parse(read("ec.pem"), read("ec.key"), Instant.now());
        assertThat(id.chain()).hasSize(1);
        assertThat(id.chain().get(0).getSubjectX500Principal().getName()).isEqualTo("CN=ec.example");
        assertThat(id.warning()).isEmpty();
        // one combined file works too, key first
        assertThat(UploadedIdentity.parse(read("ec.key") + read("ec.pem"), "", Instant.now()).key().getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void expiredRefusedNotYetValidWarned() throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "k.pem", "-out", "c.pem", "-days", "2",
                "-subj", "/CN=soon");
        assertThatThrownBy(() -> UploadedIdentity.parse(read("c.pem"), read("k.pem"), Instant.now().plusSeconds(4 * 86400)))
                .isInstanceOf(UploadedIdentity.InvalidException.class).hasMessageStartingWith("the certificate expired on");
        UploadedIdentity early = UploadedIdentity.parse(read("c.pem"), read("k.pem"), Instant.now().minusSeconds(86400));
        assertThat(early.warning()).startsWith("the certificate is valid only from");
    }

    @Test
    void weakEncryptedAndForeignKeysAreRefused() throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:1024", "-nodes", "-keyout", "weak.key", "-out", "weak.pem", "-days", "2",
                "-subj", "/CN=weak");
        assertThatThrownBy(() -> UploadedIdentity.parse(read("weak.pem"), read("weak.key"), Instant.now()))
                .hasMessage("RSA keys need at least 2048 bits, this one has 1024");
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-aes-128-cbc", "-pass",
                "pass:secret", "-out", "enc.key");
        openssl("req", "-x509", "-key", "enc.key", "-passin", "pass:secret", "-out", "enc.pem", "-days", "2",
                "-subj", "/CN=enc");
        assertThatThrownBy(() -> UploadedIdentity.parse(read("enc.pem"), read("enc.key"), Instant.now()))
                .hasMessageStartingWith("encrypted private keys are not supported");
        openssl("genpkey", "-algorithm", "ed25519", "-out", "ed.key");
        openssl("req", "-x509", "-key", "ed.key", "-out", "ed.pem", "-days", "2", "-subj", "/CN=ed");
        assertThatThrownBy(() -> UploadedIdentity.parse(read("ed.pem"), read("ed.key"), Instant.now()))
                .hasMessageStartingWith("only RSA and EC keys are supported");
        assertThatThrownBy(() -> UploadedIdentity.parse(read("enc.pem"), read("ed.key") + read("weak.key"), Instant.now()))
                .hasMessage("more than one private key");
    }
}
