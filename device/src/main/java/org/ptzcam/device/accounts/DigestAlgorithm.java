package org.ptzcam.device.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The RFC 7616 hash algorithms we answer: MD5 (what most clients speak) and SHA-256. */
public enum DigestAlgorithm {
    MD5("MD5", "MD5"),
    SHA_256("SHA-256", "SHA-256");

    private final String token;
    private final String jdkName;

    DigestAlgorithm(String token, String jdkName) {
        this.token = token;
        this.jdkName = jdkName;
    }

    /** The value of {@code algorithm=} in challenges and responses. */
    public String token() {
        return token;
    }

    /** Case-insensitive lookup; {@code -sess} variants are not supported. */
    public static Optional<DigestAlgorithm> of(String token) {
        for (DigestAlgorithm a : values()) {
            if (a.token.equalsIgnoreCase(token)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Lower-case hex of the hash of the UTF-8 bytes of {@code text}. */
    public String hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance(jdkName);
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jdkName + " is part of every JDK", e);
        }
    }

    /** HA1 = H(user:realm:password), the only password-derived value Digest needs. */
    public String ha1(String user, String realm, String password) {
        return hex(user + ":" + realm + ":" + password);
    }

    @Override
    public String toString() {
        return token.toLowerCase(Locale.ROOT);
    }
}
