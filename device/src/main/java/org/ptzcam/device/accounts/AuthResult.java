package org.ptzcam.device.accounts;

import java.time.Duration;

/** What checking a request's credentials gave; every face maps it onto its own status codes. */
public sealed interface AuthResult {

    /** Valid credentials: who the caller is. */
    record Success(Caller caller) implements AuthResult {
    }

    /** No credentials in the request. */
    record Missing() implements AuthResult {
    }

    /**
     * Wrong or unusable credentials: answer 401 with fresh challenges.
     *
     * @param stale the Digest response was right but its nonce expired (challenge with {@code stale=true})
     */
    record Rejected(String reason, boolean stale) implements AuthResult {
    }

    /** An Authorization header that is not even well-formed: answer 400. */
    record Malformed(String reason) implements AuthResult {
    }

    /** Too many failures from this address: answer 429 with {@code Retry-After}. */
    record Throttled(Duration retryAfter) implements AuthResult {
    }
}
