package org.ptzcam.http.cgi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.params.GroupRequestException;
import org.ptzcam.device.params.ParameterTree;
import org.ptzcam.device.params.ParameterUpdateException;
import org.ptzcam.device.params.UnknownGroupException;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.ptzcam.http.auth.PreviewScope;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /axis-cgi/param.cgi}: {@code action=list} and {@code action=update} over the device's
 * parameter tree, with the exact text and error lines of VAPIX (vapix.md §5).
 */
public final class ParamCgi extends CgiHandler {

    private static final Logger log = LoggerFactory.getLogger(ParamCgi.class);

    private final ParameterTree tree;
    private final CallerAccess access;

    private final Function<Boolean, List<String>> challenges;

    public ParamCgi(ParameterTree tree, CallerAccess access, int maxBodyBytes) {
        this(tree, access, maxBodyBytes, encrypted -> List.of());
    }

    /** @param challenges the WWW-Authenticate values for a 401 on a plain ({@code false}) or TLS connection */
    public ParamCgi(ParameterTree tree, CallerAccess access, int maxBodyBytes,
            Function<Boolean, List<String>> challenges) {
        super(access, maxBodyBytes);
        this.tree = tree;
        this.access = access;
        this.challenges = challenges;
    }

    /** A refused preview request answers 401 like the authenticator, with the challenges. */
    @Override
    protected void beforeSend(Request request, Response response, CgiReply reply) {
        if (reply.status() == 401) {
            challenges.apply(request.isSecure())
                    .forEach(c -> response.getHeaders().add(HttpHeader.WWW_AUTHENTICATE, c));
        }
    }

    /** Preview mode: the installer may list and change the image settings only ({@link PreviewScope}). */
    @Override
    protected CgiReply reply(Request request, CgiParams params, AccessLevel level) {
        if (!access.callerOf(request).preview()) {
            return reply(params, level);
        }
        String action = params.first("action").orElse("").toLowerCase(java.util.Locale.ROOT);
        boolean inScope = switch (action) {
            case "list" -> PreviewScope.allowsList(groupsOf(params));
            case "update" -> PreviewScope.allowsUpdate(
                    params.without("action", "usergroup", "responseformat").stream().map(Map.Entry::getKey).toList());
            default -> false;
        };
        if (!inScope) {
            log.info("param.cgi {} from {} refused in preview mode: only image settings are open",
                    action, Request.getRemoteAddr(request));
            return new CgiReply(401, Replies.TEXT,
                    "401 Unauthorized: preview mode opens only the image settings; create the administrator account\n");
        }
        // the image settings need operator rights; preview mode grants exactly these
        return reply(params, AccessLevel.OPERATOR);
    }

    private static List<String> groupsOf(CgiParams params) {
        return params.first("group")
                .map(g -> Arrays.stream(g.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    @Override
    protected CgiReply reply(CgiParams params, AccessLevel level) {
        String action = params.first("action").orElse("");
        return switch (action.toLowerCase(java.util.Locale.ROOT)) {
            case "list" -> list(params, level);
            case "update" -> update(params, level);
            case "add" -> add(params, level);
            case "remove" -> remove(params, level);
            default -> CgiReply.text("# Error: Invalid action '" + action + "'\n");
        };
    }

    @Override
    protected CgiReply malformed(String problem) {
        return CgiReply.text("# Error: " + problem + "\n");
    }

    private CgiReply list(CgiParams params, AccessLevel level) {
        List<String> groups = params.first("group")
                .map(g -> Arrays.stream(g.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        try {
            List<String> lines = tree.list(groups, level);
            StringBuilder out = new StringBuilder();
            lines.forEach(line -> out.append(line).append('\n'));
            return CgiReply.text(out.toString());
        } catch (UnknownGroupException e) {
            return CgiReply.text("# Error: Error -1 getting param in group '" + e.group() + "'\n");
        }
    }

    private CgiReply update(CgiParams params, AccessLevel level) {
        if (level.compareTo(AccessLevel.OPERATOR) < 0) {
            return CgiReply.text("# Error: Update requires operator or admin rights\n");
        }
        List<Map.Entry<String, String>> updates = params.without("action", "usergroup", "responseformat");
        if (updates.isEmpty()) {
            return CgiReply.text("# Error: No parameters to update\n");
        }
        try {
            tree.update(updates, level);
            return CgiReply.text("OK\n");
        } catch (ParameterUpdateException e) {
            log.info("param.cgi update refused: {}={}: {}", e.name(), e.value(), e.getMessage());
            return CgiReply.text("# Error: Error setting '" + e.name() + "' to '" + e.value() + "'!\n");
        }
    }

    /** {@code action=add&template=streamprofile&group=StreamProfile&StreamProfile.S.Name=…} → {@code S4 OK}. */
    private CgiReply add(CgiParams params, AccessLevel level) {
        String template = params.first("template").orElse("");
        String group = params.first("group").orElse("");
        if (template.isEmpty() || group.isEmpty()) {
            return CgiReply.text("# Request failed: add needs template and group\n");
        }
        try {
            String id = tree.add(template, group, params.without("action", "template", "group", "usergroup",
                    "responseformat"), level);
            return CgiReply.text(id + " OK\n");
        } catch (GroupRequestException e) {
            log.info("param.cgi add refused: {}", e.getMessage());
            return CgiReply.text("# Request failed: " + e.getMessage() + "\n");
        }
    }

    /** {@code action=remove&group=StreamProfile.S7,StreamProfile.S8} → {@code OK}, all or none. */
    private CgiReply remove(CgiParams params, AccessLevel level) {
        List<String> groups = params.first("group")
                .map(g -> Arrays.stream(g.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        if (groups.isEmpty()) {
            return CgiReply.text("# Request failed: remove needs group\n");
        }
        try {
            tree.remove(groups, level);
            return CgiReply.text("OK\n");
        } catch (GroupRequestException e) {
            log.info("param.cgi remove refused: {}", e.getMessage());
            return CgiReply.text("# Request failed: " + e.getMessage() + "\n");
        }
    }
}
