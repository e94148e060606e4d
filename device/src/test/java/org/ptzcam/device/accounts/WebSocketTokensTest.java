package org.ptzcam.device.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebSocketTokensTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final WebSocketTokens tokens = new WebSocketTokens(clock, new SecureRandom());

    @Test
    void tokenIsAcceptedOnceWithinFifteenSeconds() {
        String t = tokens.issue(WebSocketTokens.Kind.EVENTS, "root");
        clock.advance(Duration.ofSeconds(14));
        assertThat(tokens.redeem(WebSocketTokens.Kind.EVENTS, t)).hasValue("root");
        assertThat(tokens.redeem(WebSocketTokens.Kind.EVENTS, t)).isEmpty();
    }

    @Test
    void expiredWrongKindAndUnknownTokensAreRefused() {
        String late = tokens.issue(WebSocketTokens.Kind.RTSP, "root");
        String other = tokens.issue(WebSocketTokens.Kind.RTSP, "root");
        clock.advance(WebSocketTokens.LIFETIME);
        assertThat(tokens.redeem(WebSocketTokens.Kind.RTSP, late)).isEmpty();
        String fresh = tokens.issue(WebSocketTokens.Kind.RTSP, "viewer1");
        assertThat(tokens.redeem(WebSocketTokens.Kind.EVENTS, fresh)).isEmpty();
        assertThat(tokens.redeem(WebSocketTokens.Kind.RTSP, fresh)).isEmpty(); // used up by the wrong-kind try
        assertThat(tokens.redeem(WebSocketTokens.Kind.RTSP, other)).isEmpty();
        assertThat(tokens.redeem(WebSocketTokens.Kind.RTSP, "")).isEmpty();
        assertThat(tokens.redeem(WebSocketTokens.Kind.RTSP, null)).isEmpty();
    }

    @Test
    void outstandingTokensAreBounded() {
        List<String> issued = new ArrayList<>();
        for (int i = 0; i <= WebSocketTokens.MAX_OUTSTANDING; i++) {
            issued.add(tokens.issue(WebSocketTokens.Kind.EVENTS, "u"));
        }
        assertThat(tokens.redeem(WebSocketTokens.Kind.EVENTS, issued.get(0))).isEmpty(); // oldest dropped
        assertThat(tokens.redeem(WebSocketTokens.Kind.EVENTS, issued.get(1))).hasValue("u");
        assertThat(tokens.redeem(WebSocketTokens.Kind.EVENTS, issued.getLast())).hasValue("u");
    }
}
