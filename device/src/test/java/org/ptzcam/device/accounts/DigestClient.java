package org.ptzcam.device.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The client side of Digest, written independently of the server code, for tests. */
final class DigestClient {

    private DigestClient() {
    }

    static String param(String challenge, String name) {
        Matcher m = Pattern.compile(name + "=\"?([^\",]*)\"?").matcher(challenge);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + challenge);
        }
        return m.group(1);
    }

    static String h(String algorithm, String s) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm.equals("SHA-256") ? "SHA-256" : "MD5");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** An Authorization header answering {@code challenge} with qop=auth. */
    static String answer(String challenge, String algorithm, String user, String password, String method, String uri,
            String nc, String cnonce) {
        String realm = param(challenge, "realm");
        String nonce = param(challenge, "nonce");
        String ha1 = h(algorithm, user + ":" + realm + ":" + password);
        String ha2 = h(algorithm, method + ":" + uri);
        String response = h(algorithm, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        return "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", algorithm=" + algorithm + ", qop=auth, nc=" + nc + ", cnonce=\"" + cnonce + "\", response=\""
                + response + "\"";
    }

    /** RFC 2069 style (no qop), as RTSP clients answer. */
    static String answer2069(String challenge, String user, String password, String method, String uri) {
        String realm = param(challenge, "realm");
        String nonce = param(challenge, "nonce");
        String ha1 = h("MD5", user + ":" + realm + ":" + password);
        String response = h("MD5", ha1 + ":" + nonce + ":" + h("MD5", method + ":" + uri));
        return "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", response=\"" + response + "\"";
    }
}
