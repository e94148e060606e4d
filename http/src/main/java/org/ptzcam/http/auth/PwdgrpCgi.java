package org.ptzcam.http.auth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.accounts.Account;
import org.ptzcam.device.accounts.AccountException;
import org.ptzcam.device.accounts.Accounts;
import org.ptzcam.device.accounts.AuditLog;
import org.ptzcam.device.accounts.Caller;
import org.ptzcam.http.cgi.CallerAccess;
import org.ptzcam.http.cgi.CgiParams;
import org.ptzcam.http.server.Replies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /axis-cgi/pwdgrp.cgi} (vapix.md §13): {@code get}, {@code add}, {@code update},
 * {@code remove}; administrators only, except the one anonymous {@code add} that creates the first
 * administrator. Messages are HTML pages with the text in {@code <body>}, errors as the hardware
 * words them.
 */
public final class PwdgrpCgi extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(PwdgrpCgi.class);

    private final Accounts accounts;
    private final AuditLog audit;
    private final CallerAccess access;
    private final int maxBodyBytes;

    public PwdgrpCgi(Accounts accounts, AuditLog audit, CallerAccess access, int maxBodyBytes) {
        this.accounts = accounts;
        this.audit = audit;
        this.access = access;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Role groups of {@code sgrp}: the highest role, and the PTZ right. */
    record Groups(AccessLevel role, boolean ptz) {
        static Optional<Groups> parse(String sgrp) {
            AccessLevel role = null;
            boolean ptz = false;
            for (String g : sgrp.split(":")) {
                AccessLevel level = switch (g.strip().toLowerCase(Locale.ROOT)) {
                    case "admin" -> AccessLevel.ADMIN;
                    case "operator" -> AccessLevel.OPERATOR;
                    case "viewer" -> AccessLevel.VIEWER;
                    case "ptz" -> null;
                    default -> AccessLevel.ANONYMOUS;
                };
                if (level == AccessLevel.ANONYMOUS) {
                    return Optional.empty();
                }
                if (level == null) {
                    ptz = true;
                } else if (role == null || level.compareTo(role) > 0) {
                    role = level;
                }
            }
            return role == null ? Optional.empty() : Optional.of(new Groups(role, ptz));
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Caller caller = access.callerOf(request);
        String address = Request.getRemoteAddr(request);
        Reply reply;
        try {
            CgiParams params = CgiParams.parse(request.getHttpURI().getQuery(), Replies.readBody(request, maxBodyBytes));
            reply = reply(params, caller, address);
        } catch (Replies.BodyTooLargeException | IllegalArgumentException e) {
            log.warn("pwdgrp.cgi from {}: {}", address, e.getMessage());
            reply = html(200, "Error: consult the system log file.");
        }
        Replies.send(response, callback, reply.status(), reply.status() == 200 && reply.plain() ? Replies.TEXT
                : Replies.HTML, reply.body());
        return true;
    }

    private record Reply(int status, String body, boolean plain) {
    }

    private static Reply html(int status, String message) {
        return new Reply(status, "<html><body>" + message + "</body></html>\n", false);
    }

    private Reply reply(CgiParams params, Caller caller, String address) {
        Optional<String> action = params.first("action");
        if (!caller.allows(AccessLevel.ADMIN)) {
            // only reachable anonymously while no administrator exists (HttpAuthenticator), or by a non-admin
            if (!caller.authenticated() && action.map("add"::equalsIgnoreCase).orElse(false)) {
                return firstAdmin(params, address);
            }
            if (!caller.authenticated()) {
                return html(401, "Error: initial admin user must be created first.");
            }
            log.info("pwdgrp.cgi: {} is not an administrator", caller.user().orElse(""));
            return html(403, "Error: consult the system log file.");
        }
        if (action.isEmpty()) {
            return html(200, "Error: action operation type.");
        }
        String who = caller.user().orElse("");
        return switch (action.get().toLowerCase(Locale.ROOT)) {
            case "get" -> new Reply(200, groups(), true);
            case "add" -> add(params, who, address);
            case "update" -> update(params, who, address);
            case "remove" -> remove(params, who, address);
            default -> html(200, "Error: malformed action operation, " + escape(action.get()) + ".");
        };
    }

    private Reply firstAdmin(CgiParams params, String address) {
        String user = params.first("user").orElse("");
        Optional<Groups> groups = params.first("sgrp").flatMap(Groups::parse);
        String grp = params.first("grp").orElse("");
        if (groups.isEmpty() || !(grp.equals("root") || grp.equals("users"))) {
            log.warn("pwdgrp.cgi first administrator from {}: grp={} sgrp={} refused", address, grp,
                    params.first("sgrp").orElse(""));
            return html(401, "Error: not a valid initial admin user.");
        }
        try {
            accounts.createFirstAdmin(user, params.first("pwd").orElse(""), groups.get().role(), groups.get().ptz(),
                    params.first("comment").orElse(""));
            audit.record("first-admin", user, address, "pwdgrp.cgi");
            return html(200, "Created account " + user + ".");
        } catch (AccountException e) {
            log.warn("pwdgrp.cgi first administrator from {}: {}", address, e.getMessage());
            return switch (e.reason()) {
                case INVALID_PASSWORD -> html(200, "Error: invalid password.");
                case INVALID_NAME -> html(200, "Error: account user name.");
                case SETUP_DONE -> html(401, "Error: consult the system log file.");
                default -> html(401, "Error: not a valid initial admin user.");
            };
        }
    }

    private Reply add(CgiParams params, String who, String address) {
        String user = params.first("user").orElse("");
        Optional<Groups> groups = params.first("sgrp").flatMap(Groups::parse);
        if (groups.isEmpty()) {
            log.info("pwdgrp.cgi add {}: sgrp '{}' not understood", user, params.first("sgrp").orElse(""));
            return html(200, "Error: consult the system log file.");
        }
        try {
            accounts.add(user, params.first("pwd").orElse(""), groups.get().role(), groups.get().ptz(),
                    params.first("comment").orElse(""));
            audit.record("account-added", user, address, "by " + who + ": " + groups.get());
            return html(200, "Created account " + user + ".");
        } catch (AccountException e) {
            return error(e, "add " + user);
        }
    }

    private Reply update(CgiParams params, String who, String address) {
        String user = params.first("user").orElse("");
        Optional<String> sgrp = params.first("sgrp");
        Optional<Groups> groups = sgrp.flatMap(Groups::parse);
        if (sgrp.isPresent() && groups.isEmpty()) {
            return html(200, "Error: consult the system log file.");
        }
        try {
            accounts.update(user, params.first("pwd"), groups.map(Groups::role), groups.map(Groups::ptz),
                    params.first("comment"));
            audit.record("account-updated", user, address, "by " + who
                    + (params.first("pwd").isPresent() ? ": password" : "") + groups.map(g -> ": " + g).orElse(""));
            return html(200, "Modified account " + user + ".");
        } catch (AccountException e) {
            return error(e, "update " + user);
        }
    }

    private Reply remove(CgiParams params, String who, String address) {
        String user = params.first("user").orElse("");
        try {
            accounts.remove(user);
            audit.record("account-removed", user, address, "by " + who);
            return html(200, "Removed account " + user + ".");
        } catch (AccountException e) {
            return error(e, "remove " + user);
        }
    }

    private static Reply error(AccountException e, String what) {
        log.info("pwdgrp.cgi {}: {}", what, e.getMessage());
        return html(200, switch (e.reason()) {
            case EXISTS -> "Error: this user name already exists, consult the system log file.";
            case INVALID_PASSWORD -> "Error: invalid password.";
            case INVALID_NAME, UNKNOWN_USER -> "Error: account user name.";
            default -> "Error: consult the system log file.";
        });
    }

    /** {@code action=get}: role groups include everyone above them, as on the hardware. */
    private String groups() {
        List<Account> all = accounts.list();
        return "admin=\"" + names(all, a -> a.role() == AccessLevel.ADMIN) + "\"\n"
                + "operator=\"" + names(all, a -> a.role().allows(AccessLevel.OPERATOR)) + "\"\n"
                + "viewer=\"" + names(all, a -> true) + "\"\n"
                + "ptz=\"" + names(all, Account::ptz) + "\"\n"
                + "digusers=\"" + names(all, a -> true) + "\"\n";
    }

    private static String names(List<Account> all, java.util.function.Predicate<Account> which) {
        return all.stream().filter(which).map(Account::name).collect(Collectors.joining(","));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
