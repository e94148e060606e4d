package org.ptzcam.http.overlay;

import org.ptzcam.device.overlay.OverlayException;
import org.ptzcam.http.jsonrpc.JsonRpcException;

/**
 * The dynamic overlay API's error codes. 304 "Invalid value for parameter X" is the one vapix.md
 * confirms; the others are ours (documented in http/README.md) and the envelope errors (2002 POST
 * only, 2003 version, 4000 JSON, 4002 missing) are the shared JSON-RPC ones.
 */
final class OverlayErrors {

    static final int INVALID_VALUE = 304;
    static final int NOT_FOUND = 305;
    static final int LIMIT = 306;
    static final int NOT_AUTHORIZED = 307;
    static final int METHOD = 2004;
    static final int MISSING = 4002;
    static final int INTERNAL = 8000;

    private OverlayErrors() {
    }

    static JsonRpcException invalid(String field) {
        return new JsonRpcException(INVALID_VALUE, "Invalid value for parameter " + field);
    }

    static JsonRpcException missing(String field) {
        return new JsonRpcException(MISSING, "Required parameter missing: " + field);
    }

    static JsonRpcException of(OverlayException e) {
        return switch (e.reason()) {
            case INVALID_VALUE -> new JsonRpcException(INVALID_VALUE, "Invalid value for parameter " + e.field()
                    + ": " + e.getMessage());
            case MISSING -> missing(e.field());
            case NOT_FOUND -> new JsonRpcException(NOT_FOUND, e.getMessage());
            case LIMIT -> new JsonRpcException(LIMIT, e.getMessage());
            case INTERNAL -> new JsonRpcException(INTERNAL, "Internal error: " + e.getMessage());
        };
    }
}
