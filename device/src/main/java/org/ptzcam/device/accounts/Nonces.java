package org.ptzcam.device.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless Digest nonces: the issue time and an HMAC of it under a per-process secret, so any
 * nonce we issued can be checked without remembering it, and none survives a restart.
 * Form: base64url(8-byte epoch millis ‖ first 16 bytes of HMAC-SHA-256).
 */
final class Nonces {

    enum State { VALID, STALE, INVALID }

    private final Clock clock;
    private final Duration lifetime;
    private final SecretKeySpec key;

    Nonces(Clock clock, SecureRandom random, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    Duration lifetime() {
        return lifetime;
    }

    String issue() {
        ByteBuffer b = ByteBuffer.allocate(24);
        long now = clock.millis();
        b.putLong(now).put(mac(now));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    State check(String nonce) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return State.INVALID;
        }
        if (raw.length != 24) {
            return State.INVALID;
        }
        long issued = ByteBuffer.wrap(raw).getLong();
        if (!MessageDigest.isEqual(Arrays.copyOfRange(raw, 8, 24), mac(issued))) {
            return State.INVALID;
        }
        long age = clock.millis() - issued;
        return age < -1000 || age > lifetime.toMillis() ? State.STALE : State.VALID;
    }

    private byte[] mac(long millis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(ByteBuffer.allocate(8).putLong(millis).array()), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
