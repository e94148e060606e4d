package org.ptzcam.http.jsonrpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the VAPIX JSON-RPC CGIs: POST a JSON body, get HTTP 200 with {@code data} or {@code error}.
 * The body is parsed as JSON whatever the Content-Type says; apiVersion, context and method are echoed.
 * Error codes are the older APIs' set (2002 only POST, 2003 version, 2004 method, 4000 JSON, 4002 missing).
 */
public abstract class JsonRpcHandler extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(JsonRpcHandler.class);

    protected final ObjectMapper json;
    private final int maxBodyBytes;

    protected JsonRpcHandler(ObjectMapper json, int maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The version answered, e.g. "1.4"; requests may ask for "1" or any "1.x" up to it. */
    protected abstract String apiVersion();

    /** Computes {@code data} for a method, or throws the API's error. */
    protected JsonNode call(JsonRpcRequest request) throws JsonRpcException {
        throw new JsonRpcException(envelopeCode(2004), "Method not supported: " + request.method());
    }

    /** As {@link #call(JsonRpcRequest)}, for APIs that need the HTTP request (the caller's access level). */
    protected JsonNode call(JsonRpcRequest request, Request http) throws JsonRpcException {
        return call(request);
    }

    /**
     * The code this API uses for an envelope error raised here (given in the older APIs' numbering:
     * 2002 only POST, 2003 version, 4000 JSON, 4002 missing). Newer APIs such as streamprofile.cgi
     * number them differently.
     */
    protected int envelopeCode(int olderApiCode) {
        return olderApiCode;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        ObjectNode reply = json.createObjectNode();
        reply.put("apiVersion", apiVersion());
        try {
            JsonRpcRequest call;
            try {
                if (!HttpMethod.POST.is(request.getMethod())) {
                    throw new JsonRpcException(2002, "HTTP request type not supported. Only POST is supported");
                }
                call = parse(Replies.readBody(request, maxBodyBytes), reply);
                checkVersion(call);
            } catch (JsonRpcException e) {
                throw new JsonRpcException(envelopeCode(e.code()), e.getMessage());
            }
            reply.set("data", call(call, request));
        } catch (JsonRpcException e) {
            log.info("{} {}: error {} {}", request.getMethod(), Request.getPathInContext(request), e.code(), e.getMessage());
            ObjectNode error = reply.putObject("error");
            error.put("code", e.code());
            error.put("message", e.getMessage());
        } catch (Replies.BodyTooLargeException e) {
            ObjectNode error = reply.putObject("error");
            error.put("code", envelopeCode(4000));
            error.put("message", "Request too large: " + e.getMessage());
        }
        Replies.send(response, callback, 200, Replies.JSON, json.writeValueAsString(reply));
        return true;
    }

    private JsonRpcRequest parse(String body, ObjectNode reply) throws JsonRpcException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new JsonRpcException(4000, "Invalid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new JsonRpcException(4000, "Invalid JSON");
        }
        String context = text(root, "context");
        String method = text(root, "method");
        if (context != null) {
            reply.put("context", context);
        }
        if (method != null) {
            reply.put("method", method);
        }
        if (method == null) {
            throw new JsonRpcException(4002, "Required parameter missing: method");
        }
        return new JsonRpcRequest(text(root, "apiVersion"), context, method, root.get("params"));
    }

    private void checkVersion(JsonRpcRequest call) throws JsonRpcException {
        if (call.apiVersion() == null) {
            if (call.method().equals("getSupportedVersions")) {
                return;
            }
            throw new JsonRpcException(4002, "Required parameter missing: apiVersion");
        }
        String[] asked = call.apiVersion().split("\\.");
        String[] ours = apiVersion().split("\\.");
        try {
            boolean sameMajor = Integer.parseInt(asked[0]) == Integer.parseInt(ours[0]);
            boolean minorOk = asked.length < 2 || Integer.parseInt(asked[1]) <= Integer.parseInt(ours[1]);
            if (sameMajor && minorOk) {
                return;
            }
        } catch (NumberFormatException e) {
            // falls through to the version error
        }
        throw new JsonRpcException(2003, "The requested API version is not supported");
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
