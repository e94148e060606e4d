package org.ptzcam.app.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The openssl command line, for what curl does not show: the certificate and protocol refusals. */
final class OpenSsl {

    private OpenSsl() {
    }

    record Result(int exitCode, String output) {
    }

    static Result run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ExternalTool.require("openssl", "openssl"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("openssl did not finish");
        }
        return new Result(p.exitValue(), out);
    }

    /** The PEM certificate served on a port. */
    static String servedCertificate(int port) throws IOException, InterruptedException {
        Result r = run("", "s_client", "-connect", "127.0.0.1:" + port, "-servername", "localhost", "-showcerts");
        int begin = r.output().indexOf("-----BEGIN CERTIFICATE-----");
        int end = r.output().indexOf("-----END CERTIFICATE-----");
        if (begin < 0 || end < 0) {
            throw new IOException("no certificate from port " + port + ":\n" + r.output());
        }
        return r.output().substring(begin, end + "-----END CERTIFICATE-----".length()) + "\n";
    }

    /** The certificate's text dump (subject, SANs…). */
    static String describe(String pem) throws IOException, InterruptedException {
        return run(pem, "x509", "-noout", "-text").output();
    }

    /** Whether a handshake with exactly this protocol flag (-tls1_1, -tls1_2, -tls1_3) succeeds. */
    static boolean handshakes(int port, String protocolFlag) throws IOException, InterruptedException {
        Result r = run("", "s_client", "-connect", "127.0.0.1:" + port, protocolFlag,
                "-cipher", "DEFAULT@SECLEVEL=0");
        return r.exitCode() == 0 && r.output().contains("-----BEGIN CERTIFICATE-----");
    }
}
