package org.ptzcam.http.cgi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.ptzcam.device.runtime.RuntimeInfo;
import org.ptzcam.http.jsonrpc.JsonRpcException;
import org.ptzcam.http.jsonrpc.JsonRpcHandler;
import org.ptzcam.http.jsonrpc.JsonRpcRequest;

/**
 * {@code POST /axis-cgi/systemready.cgi} (anonymous, vapix.md §13.2). All values are strings.
 * The camera answers only once its components are up, so "systemready" is always "yes" here and
 * the request's {@code timeout} never has to hold the reply.
 */
public final class SystemReadyCgi extends JsonRpcHandler {

    private final RuntimeInfo runtime;
    private final BooleanSupplier needsSetup;
    private final LongSupplier previewSecondsLeft;

    /**
     * @param needsSetup         true while no administrator account exists
     * @param previewSecondsLeft seconds of preview mode left, 0 when not in preview mode
     */
    public SystemReadyCgi(ObjectMapper json, int maxBodyBytes, RuntimeInfo runtime, BooleanSupplier needsSetup,
            LongSupplier previewSecondsLeft) {
        super(json, maxBodyBytes);
        this.runtime = runtime;
        this.needsSetup = needsSetup;
        this.previewSecondsLeft = previewSecondsLeft;
    }

    @Override
    protected String apiVersion() {
        return "1.4";
    }

    @Override
    protected JsonNode call(JsonRpcRequest request) throws JsonRpcException {
        ObjectNode data = json.createObjectNode();
        switch (request.method()) {
            case "systemready" -> {
                JsonNode timeout = request.params().get("timeout");
                if (timeout != null && !(timeout.canConvertToInt() && timeout.asInt() >= 0)) {
                    throw new JsonRpcException(1000, "Invalid parameter value: timeout");
                }
                data.put("systemready", "yes");
                data.put("needsetup", needsSetup.getAsBoolean() ? "yes" : "no");
                data.put("uptime", Long.toString(runtime.uptimeSeconds()));
                data.put("bootid", runtime.bootId());
                long preview = previewSecondsLeft.getAsLong();
                if (preview > 0) {
                    data.put("previewmode", Long.toString(preview)); // only while in preview mode (vapix.md §13.2)
                }
            }
            case "getSupportedVersions" -> data.putArray("apiVersions").add(apiVersion());
            default -> throw new JsonRpcException(2004, "Method not supported: " + request.method());
        }
        return data;
    }
}
