package org.ptzcam.http.jsonrpc;

/** A JSON-RPC error with the API's own numeric code, answered inside a 200 reply. */
public final class JsonRpcException extends Exception {

    private final int code;

    public JsonRpcException(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
