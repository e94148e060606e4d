package org.ptzcam.http.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One parsed VAPIX JSON-RPC call. {@code context} is echoed back verbatim (clients look it up with
 * hard key lookups); {@code apiVersion} is null when the request had none.
 */
public record JsonRpcRequest(String apiVersion, String context, String method, JsonNode params) {

    public JsonRpcRequest {
        if (params == null || params.isNull() || params.isMissingNode()) {
            params = JsonNodeFactory.instance.objectNode();
        }
    }
}
