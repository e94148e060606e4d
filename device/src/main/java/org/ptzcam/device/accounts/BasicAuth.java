package org.ptzcam.device.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** RFC 7617 Basic: {@code base64(user:password)} in UTF-8, split at the first colon. */
final class BasicAuth {

    record Credentials(String user, String password) {
    }

    /** Thrown for a token that is not base64 of UTF-8 text with a colon. */
    static final class MalformedException extends Exception {
        MalformedException(String message) {
            super(message);
        }
    }

    private BasicAuth() {
    }

    static Credentials decode(String token) throws MalformedException {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(token.strip());
        } catch (IllegalArgumentException e) {
            throw new MalformedException("Basic credentials are not base64");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException("Basic credentials are not UTF-8");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new MalformedException("Basic credentials have no colon");
        }
        return new Credentials(text.substring(0, colon), text.substring(colon + 1));
    }
}
