package org.ptzcam.http.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.server.Request;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.overlay.ImageOverlay;
import org.ptzcam.device.overlay.Overlay;
import org.ptzcam.device.overlay.OverlayColor;
import org.ptzcam.device.overlay.OverlayException;
import org.ptzcam.device.overlay.OverlayImageFile;
import org.ptzcam.device.overlay.OverlayPosition;
import org.ptzcam.device.overlay.Overlays;
import org.ptzcam.device.overlay.TextOverlay;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.jsonrpc.JsonRpcException;
import org.ptzcam.http.jsonrpc.JsonRpcHandler;
import org.ptzcam.http.jsonrpc.JsonRpcRequest;

/**
 * {@code POST /axis-cgi/dynamicoverlay/dynamicoverlay.cgi} (vapix.md §15): add, change, list and
 * remove text and image overlays. {@code list}, {@code getOverlayCapabilities} and
 * {@code getSupportedVersions} need a viewer, the others an operator. Error codes: see
 * {@link OverlayErrors}; a refused call changes nothing.
 */
public final class DynamicOverlayCgi extends JsonRpcHandler {

    static final String VERSION = "1.0";

    private final Overlays overlays;
    private final CallerAccess access;

    public DynamicOverlayCgi(ObjectMapper json, int maxBodyBytes, Overlays overlays, CallerAccess access) {
        super(json, maxBodyBytes);
        this.overlays = overlays;
        this.access = access;
    }

    @Override
    protected String apiVersion() {
        return VERSION;
    }

    @Override
    protected JsonNode call(JsonRpcRequest request) throws JsonRpcException {
        throw new IllegalStateException("called with the HTTP request");
    }

    @Override
    protected JsonNode call(JsonRpcRequest request, Request http) throws JsonRpcException {
        String method = request.method();
        boolean reads = method.equals("list") || method.equals("getOverlayCapabilities")
                || method.equals("getSupportedVersions");
        AccessLevel needed = reads ? AccessLevel.VIEWER : AccessLevel.OPERATOR;
        if (!access.levelOf(http).allows(needed)) {
            throw new JsonRpcException(OverlayErrors.NOT_AUTHORIZED, "Method " + method + " needs " + needed);
        }
        JsonNode p = request.params();
        try {
            return switch (method) {
                case "getSupportedVersions" -> json.createObjectNode().set("apiVersions",
                        json.createArrayNode().add(VERSION));
                case "getOverlayCapabilities" -> capabilities();
                case "list" -> list(p);
                case "addText" -> added(overlays.addText(new TextOverlay(0, camera(p), requiredText(p, "text"),
                        position(p, OverlayPosition.TOP_LEFT), color(p, "textColor", OverlayColor.WHITE),
                        color(p, "textBGColor", OverlayColor.TRANSPARENT), color(p, "textOLColor", OverlayColor.BLACK),
                        integer(p, "fontSize", 0))));
                case "setText" -> setText(p);
                case "addImage" -> added(overlays.addImage(new ImageOverlay(0, camera(p), requiredText(p, "overlayPath"),
                        position(p, OverlayPosition.TOP_LEFT))));
                case "setImage" -> setImage(p);
                case "remove" -> {
                    overlays.remove(requiredInt(p, "identity"));
                    yield json.createObjectNode();
                }
                default -> throw new JsonRpcException(OverlayErrors.METHOD, "Method not supported: " + method);
            };
        } catch (OverlayException e) {
            throw OverlayErrors.of(e);
        }
    }

    private ObjectNode capabilities() {
        ObjectNode data = json.createObjectNode();
        data.put("totalSlots", Overlays.MAX_OVERLAYS);
        data.put("occupiedSlots", overlays.all().size());
        data.put("slotsPerTextOverlay", 1);
        data.put("slotsPerImageOverlay", 1);
        data.put("maxTextLength", Overlays.MAX_TEXT_LENGTH);
        data.putArray("fontSizeRange").add(Overlays.MIN_FONT_SIZE).add(Overlays.MAX_FONT_SIZE);
        return data;
    }

    private ObjectNode added(Overlay o) {
        ObjectNode data = json.createObjectNode();
        data.put("camera", o.camera());
        data.put("identity", o.identity());
        return data;
    }

    private JsonNode setText(JsonNode p) throws JsonRpcException, OverlayException {
        int id = requiredInt(p, "identity");
        if (!(overlays.get(id).orElse(null) instanceof TextOverlay old)) {
            throw OverlayErrors.of(new OverlayException(OverlayException.Reason.NOT_FOUND, "identity",
                    "no text overlay with identity " + id));
        }
        overlays.update(new TextOverlay(id, p.has("camera") ? camera(p) : old.camera(),
                p.has("text") ? requiredText(p, "text") : old.text(), position(p, old.position()),
                color(p, "textColor", old.textColor()), color(p, "textBGColor", old.textBGColor()),
                color(p, "textOLColor", old.textOLColor()), integer(p, "fontSize", old.fontSize())));
        return json.createObjectNode();
    }

    private JsonNode setImage(JsonNode p) throws JsonRpcException, OverlayException {
        int id = requiredInt(p, "identity");
        if (!(overlays.get(id).orElse(null) instanceof ImageOverlay old)) {
            throw OverlayErrors.of(new OverlayException(OverlayException.Reason.NOT_FOUND, "identity",
                    "no image overlay with identity " + id));
        }
        overlays.update(new ImageOverlay(id, p.has("camera") ? camera(p) : old.camera(),
                p.has("overlayPath") ? requiredText(p, "overlayPath") : old.overlayPath(), position(p, old.position())));
        return json.createObjectNode();
    }

    private JsonNode list(JsonNode p) throws JsonRpcException {
        Integer onlyId = p.has("identity") ? requiredInt(p, "identity") : null;
        Integer onlyCamera = p.has("camera") ? camera(p) : null;
        ObjectNode data = json.createObjectNode();
        ArrayNode texts = data.putArray("textOverlays");
        ArrayNode images = data.putArray("imageOverlays");
        for (Overlay o : overlays.all()) {
            if (onlyId != null && o.identity() != onlyId || onlyCamera != null && o.camera() != onlyCamera) {
                continue;
            }
            ObjectNode n = (o instanceof TextOverlay ? texts : images).addObject();
            n.put("camera", o.camera());
            n.put("identity", o.identity());
            if (o.position().coordinates()) {
                n.putArray("position").add(o.position().x()).add(o.position().y());
            } else {
                n.put("position", o.position().name());
            }
            switch (o) {
                case TextOverlay t -> {
                    n.put("text", t.text());
                    n.put("textColor", t.textColor().name());
                    n.put("textBGColor", t.textBGColor().name());
                    n.put("textOLColor", t.textOLColor().name());
                    n.put("fontSize", t.fontSize());
                }
                case ImageOverlay i -> n.put("overlayPath", i.overlayPath());
            }
        }
        ArrayNode files = data.putArray("imageFiles");
        for (OverlayImageFile f : overlays.images().list()) {
            files.add(f.name());
        }
        return data;
    }

    // --- parameters: a wrong type or value names the parameter (304), a missing one too (4002)

    private static int camera(JsonNode p) throws JsonRpcException {
        return requiredInt(p, "camera");
    }

    private static int requiredInt(JsonNode p, String field) throws JsonRpcException {
        JsonNode n = p.get(field);
        if (n == null || n.isNull()) {
            throw OverlayErrors.missing(field);
        }
        if (n.isTextual() && n.asText().matches("-?\\d{1,9}")) {
            return Integer.parseInt(n.asText()); // some clients quote numbers
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw OverlayErrors.invalid(field);
        }
        return n.intValue();
    }

    private static int integer(JsonNode p, String field, int otherwise) throws JsonRpcException {
        return p.has(field) && !p.get(field).isNull() ? requiredInt(p, field) : otherwise;
    }

    private static String requiredText(JsonNode p, String field) throws JsonRpcException {
        JsonNode n = p.get(field);
        if (n == null || n.isNull()) {
            throw OverlayErrors.missing(field);
        }
        if (!n.isTextual()) {
            throw OverlayErrors.invalid(field);
        }
        return n.asText();
    }

    private static OverlayColor color(JsonNode p, String field, OverlayColor otherwise) throws JsonRpcException {
        if (!p.has(field)) {
            return otherwise;
        }
        try {
            return OverlayColor.parse(requiredText(p, field));
        } catch (IllegalArgumentException e) {
            throw OverlayErrors.invalid(field);
        }
    }

    /** "topLeft"…, "x,y", or an array [x, y]. */
    private static OverlayPosition position(JsonNode p, OverlayPosition otherwise) throws JsonRpcException {
        JsonNode n = p.get("position");
        if (n == null) {
            return otherwise;
        }
        try {
            if (n.isArray() && n.size() == 2 && n.get(0).isNumber() && n.get(1).isNumber()) {
                return OverlayPosition.at(n.get(0).doubleValue(), n.get(1).doubleValue());
            }
            if (n.isTextual()) {
                return OverlayPosition.parse(n.asText());
            }
        } catch (IllegalArgumentException e) {
            // the same error as a wrong type
        }
        throw OverlayErrors.invalid("position");
    }
}
