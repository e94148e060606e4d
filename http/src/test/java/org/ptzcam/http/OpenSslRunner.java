package org.ptzcam.http;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real openssl command line: makes test certificates and reads what a port serves. */
final class OpenSslRunner {

    private final Path dir;

    OpenSslRunner(Path dir) {
        this.dir = dir;
    }

    static String binary() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File f = new File(d, "openssl");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        throw new AssertionError("openssl is not installed; install the Debian package 'openssl'");
    }

    /** Runs openssl in the working directory; fails the test on a non-zero exit. */
    String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("openssl did not finish");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed:\n" + out);
        }
        return out;
    }

    String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    /** A CA (RSA 2048) and a server certificate with an EC P-256 key it signed, for localhost/127.0.0.1. */
    void caAndEcServer() throws IOException, InterruptedException {
        run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30",
                "-subj", "/CN=ptzcam Test CA", "-addext", "basicConstraints=critical,CA:true",
                "-addext", "keyUsage=critical,keyCertSign");
        run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ec.key",
                "-out", "ec.csr", "-subj", "/CN=cam.example");
        Files.writeString(dir.resolve("ext.cnf"), "subjectAltName=DNS:localhost,DNS:cam.example,IP:127.0.0.1\n");
        run("x509", "-req", "-in", "ec.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
                "ec.pem", "-days", "30", "-extfile", "ext.cnf");
    }

    /** A self-signed RSA 2048 certificate (traditional "RSA PRIVATE KEY" form) for localhost. */
    void rsaSelfSigned() throws IOException, InterruptedException {
        run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "rsa-pkcs8.key", "-out", "rsa.pem",
                "-days", "30", "-subj", "/CN=rsa.example", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1");
        run("pkey", "-in", "rsa-pkcs8.key", "-traditional", "-out", "rsa.key");
    }

    /** The subject line of the certificate the port serves ({@code openssl s_client}). */
    String servedSubject(int port) throws IOException, InterruptedException {
        String out = run("s_client", "-connect", "127.0.0.1:" + port, "-servername", "localhost");
        return out.lines().filter(l -> l.startsWith("subject=")).findFirst()
                .orElseThrow(() -> new AssertionError("no certificate from port " + port + ":\n" + out));
    }
}
