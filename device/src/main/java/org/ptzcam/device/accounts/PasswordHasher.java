package org.ptzcam.device.accounts;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The slow salted hash for logins that carry the password (Basic, the browser page): PBKDF2 with
 * HMAC-SHA-256 from the JDK, a 16-byte random salt and {@link #ITERATIONS} iterations. Chosen over
 * Argon2/scrypt because it needs no extra library and its cost is tunable by one number; the
 * iteration count is stored with each hash so it can be raised later without breaking old ones.
 * Stored form: {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}.
 */
public final class PasswordHasher {

    /** OWASP's 2021 figure for PBKDF2-HMAC-SHA256; about 0.2 s on one core of the build machine. */
    public static final int ITERATIONS = 310_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random;
    private final int iterations;

    public PasswordHasher(SecureRandom random) {
        this(random, ITERATIONS);
    }

    /** Fewer iterations are for tests that hash many passwords; the camera uses {@link #ITERATIONS}. */
    public PasswordHasher(SecureRandom random, int iterations) {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("too few PBKDF2 iterations: " + iterations);
        }
        this.random = random;
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /** True when {@code password} matches {@code stored}; a damaged stored value never matches. */
    public boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return rounds > 0 && MessageDigest.isEqual(expected, derive(password, salt, rounds));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
