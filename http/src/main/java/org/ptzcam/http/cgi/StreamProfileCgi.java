package org.ptzcam.http.cgi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.streamprofile.StreamProfile;
import org.ptzcam.device.streamprofile.StreamProfileException;
import org.ptzcam.device.streamprofile.StreamProfiles;
import org.ptzcam.http.jsonrpc.JsonRpcException;
import org.ptzcam.http.jsonrpc.JsonRpcHandler;
import org.ptzcam.http.jsonrpc.JsonRpcRequest;

/**
 * {@code POST /axis-cgi/streamprofile.cgi} (vapix.md §16): list (viewer), create, update and remove
 * (admin) over the same profiles as {@code root.StreamProfile.S#}. Each call is all-or-nothing.
 * Errors: 1000 rights, 2000 version, 2001 format, 2002 duplicate name, 2003 missing field,
 * 2004 invalid value (bad name, unknown parameter, 27th profile), 2005 method, 2006 no such profile.
 */
public final class StreamProfileCgi extends JsonRpcHandler {

    private final StreamProfiles profiles;
    private final CallerAccess access;

    public StreamProfileCgi(ObjectMapper json, int maxBodyBytes, StreamProfiles profiles, CallerAccess access) {
        super(json, maxBodyBytes);
        this.profiles = profiles;
        this.access = access;
    }

    @Override
    protected String apiVersion() {
        return "1.0";
    }

    @Override
    protected int envelopeCode(int olderApiCode) {
        return switch (olderApiCode) {
            case 2003 -> 2000;          // unsupported (major) version
            case 2002, 4000 -> 2001;    // not POST, not JSON: the request's format
            case 4002 -> 2003;          // missing field
            default -> olderApiCode;
        };
    }

    @Override
    protected JsonNode call(JsonRpcRequest request, Request http) throws JsonRpcException {
        AccessLevel level = access.levelOf(http);
        ObjectNode data = json.createObjectNode();
        try {
            switch (request.method()) {
                case "list" -> {
                    need(level, AccessLevel.VIEWER);
                    list(names(request.params(), true), data);
                }
                case "create" -> {
                    need(level, AccessLevel.ADMIN);
                    profiles.create(parseProfiles(request.params()));
                }
                case "update" -> {
                    need(level, AccessLevel.ADMIN);
                    profiles.update(parseProfiles(request.params()));
                }
                case "remove" -> {
                    need(level, AccessLevel.ADMIN);
                    profiles.remove(names(request.params(), false));
                }
                case "getSupportedVersions" -> data.putArray("apiVersions").add(apiVersion());
                default -> throw new JsonRpcException(2005, "Method not supported: " + request.method());
            }
        } catch (StreamProfileException e) {
            throw new JsonRpcException(e.kind().code(), e.getMessage());
        }
        return data;
    }

    private void list(List<String> names, ObjectNode data) throws StreamProfileException {
        List<StreamProfile> found = new ArrayList<>();
        if (names.isEmpty()) {
            found.addAll(profiles.list());
        } else {
            for (String name : names) {
                found.add(profiles.find(name).orElseThrow(() -> new StreamProfileException(
                        StreamProfileException.Kind.NOT_FOUND, "name", "No stream profile named '" + name + "'")));
            }
        }
        ArrayNode array = data.putArray("streamProfile");
        for (StreamProfile p : found) {
            ObjectNode o = array.addObject();
            o.put("name", p.name());
            o.put("description", p.description());
            o.put("parameters", p.parameters());
        }
        data.put("maxProfiles", StreamProfiles.MAX_PROFILES);
    }

    private static void need(AccessLevel level, AccessLevel needed) throws JsonRpcException {
        if (!level.allows(needed)) {
            throw new JsonRpcException(1000, "Access denied: needs " + needed.name().toLowerCase(java.util.Locale.ROOT)
                    + " rights");
        }
    }

    /** {@code streamProfileName: [{"name": …}]}; for list an absent or empty array means all. */
    private static List<String> names(JsonNode params, boolean emptyMeansAll) throws JsonRpcException {
        JsonNode array = params.get("streamProfileName");
        if (array == null || array.isNull()) {
            if (emptyMeansAll) {
                return List.of();
            }
            throw new JsonRpcException(2003, "Missing parameter 'streamProfileName'");
        }
        if (!array.isArray() || (!emptyMeansAll && array.isEmpty())) {
            throw new JsonRpcException(2001, "Invalid format: 'streamProfileName' must be a non-empty array");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : array) {
            names.add(text(item, "name", true));
        }
        return names;
    }

    private static List<StreamProfile> parseProfiles(JsonNode params) throws JsonRpcException, StreamProfileException {
        JsonNode array = params.get("streamProfile");
        if (array == null || array.isNull()) {
            throw new JsonRpcException(2003, "Missing parameter 'streamProfile'");
        }
        if (!array.isArray() || array.isEmpty()) {
            throw new JsonRpcException(2001, "Invalid format: 'streamProfile' must be a non-empty array");
        }
        List<StreamProfile> out = new ArrayList<>();
        for (JsonNode item : array) {
            unknownFields(item);
            out.add(StreamProfile.of(text(item, "name", true), text(item, "description", false),
                    text(item, "parameters", false)));
        }
        return out;
    }

    /**
     * A profile object holds name, description and parameters only: a misspelt key ("parameter")
     * would otherwise store a profile without what the client meant to set.
     */
    private static void unknownFields(JsonNode item) throws JsonRpcException {
        if (item == null || !item.isObject()) {
            throw new JsonRpcException(2001, "Invalid format: array items must be objects");
        }
        for (java.util.Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!PROFILE_FIELDS.contains(field)) {
                throw new JsonRpcException(2004, "Invalid parameter '" + field + "': unknown field (a stream profile has "
                        + String.join(", ", PROFILE_FIELDS) + ")");
            }
        }
    }

    private static final List<String> PROFILE_FIELDS = List.of("name", "description", "parameters");

    private static String text(JsonNode item, String field, boolean required) throws JsonRpcException {
        if (item == null || !item.isObject()) {
            throw new JsonRpcException(2001, "Invalid format: array items must be objects");
        }
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new JsonRpcException(2003, "Missing parameter '" + field + "'");
            }
            return "";
        }
        if (!v.isTextual()) {
            throw new JsonRpcException(2004, "Invalid parameter '" + field + "': must be a string");
        }
        return v.asText();
    }
}
