package org.ptzcam.device.accounts;

import static org.ptzcam.device.accounts.AccountException.Reason.EXISTS;
import static org.ptzcam.device.accounts.AccountException.Reason.INVALID_NAME;
import static org.ptzcam.device.accounts.AccountException.Reason.INVALID_PASSWORD;
import static org.ptzcam.device.accounts.AccountException.Reason.LAST_ADMIN;
import static org.ptzcam.device.accounts.AccountException.Reason.LIMIT;
import static org.ptzcam.device.accounts.AccountException.Reason.NOT_VALID_INITIAL_ADMIN;
import static org.ptzcam.device.accounts.AccountException.Reason.SETUP_DONE;
import static org.ptzcam.device.accounts.AccountException.Reason.UNKNOWN_USER;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.store.Database;

/**
 * The camera's user accounts: no default account, a first administrator created once, roles plus
 * the PTZ right, and never fewer than one administrator once the first exists. Reads come from an
 * in-memory copy; changes are written to SQLite first.
 */
public final class Accounts {

    /** More accounts than this are refused (pwdgrp's "consult the system log file"). */
    public static final int MAX_ACCOUNTS = 100;
    /** Longest password accepted, in characters (the hardware's limit). */
    public static final int MAX_PASSWORD_LENGTH = 64;

    private final AccountStore store;
    private final String realm;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final byte[] cacheKey = new byte[32];
    /** Name → stored row, in creation order. Replaced whole under the lock; read without it. */
    private volatile Map<String, AccountStore.Row> rows;
    /** Names in creation order (pwdgrp lists them so). */
    private volatile List<String> order;
    /** Name → keyed hash of the last password that passed the slow check (Basic on every request). */
    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    public Accounts(Database database, String realm, PasswordHasher hasher, SecureRandom random, Clock clock) {
        this.store = new AccountStore(database);
        this.realm = realm;
        this.hasher = hasher;
        this.clock = clock;
        random.nextBytes(cacheKey);
        Map<String, AccountStore.Row> loaded = new LinkedHashMap<>();
        store.loadAll().forEach(r -> loaded.put(r.account().name(), r));
        this.rows = Map.copyOf(loaded);
        this.order = List.copyOf(loaded.keySet());
    }

    /** The Digest realm: fixed per device, because every stored HA1 depends on it. */
    public String realm() {
        return realm;
    }

    public List<Account> list() {
        Map<String, AccountStore.Row> now = rows;
        return order.stream().map(now::get).map(AccountStore.Row::account).toList();
    }

    public Optional<Account> find(String name) {
        AccountStore.Row row = name == null ? null : rows.get(name);
        return row == null ? Optional.empty() : Optional.of(row.account());
    }

    /** True while no administrator exists: systemready's {@code needsetup}. */
    public boolean needsSetup() {
        return rows.values().stream().noneMatch(r -> r.account().role() == AccessLevel.ADMIN);
    }

    /** The stored HA1 for Digest, if the user exists. */
    public Optional<String> ha1(String name, DigestAlgorithm algorithm) {
        AccountStore.Row row = name == null ? null : rows.get(name);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(algorithm == DigestAlgorithm.MD5 ? row.ha1Md5() : row.ha1Sha256());
    }

    /** Checks a clear password (Basic, browser login) against the slow hash; the account if it matches. */
    public Optional<Account> verifyPassword(String name, String password) {
        AccountStore.Row row = name == null ? null : rows.get(name);
        if (row == null || password == null) {
            return Optional.empty();
        }
        byte[] key = keyed(name, password);
        byte[] known = verified.get(name);
        if (known != null && MessageDigest.isEqual(known, key)) {
            return Optional.of(row.account());
        }
        if (!hasher.matches(password, row.passwordHash())) {
            return Optional.empty();
        }
        verified.put(name, key);
        return Optional.of(row.account());
    }

    /** The first administrator, without authentication: works only while {@link #needsSetup()}. */
    public synchronized Account createFirstAdmin(String name, String password, AccessLevel role, boolean ptz,
            String comment) throws AccountException {
        if (!needsSetup()) {
            throw new AccountException(SETUP_DONE, "an administrator exists; log in to manage accounts");
        }
        if (role != AccessLevel.ADMIN || !ptz) {
            throw new AccountException(NOT_VALID_INITIAL_ADMIN,
                    "the first account must be an administrator with the PTZ right (sgrp=admin:operator:viewer:ptz)");
        }
        return add(name, password, role, ptz, comment);
    }

    public synchronized Account add(String name, String password, AccessLevel role, boolean ptz, String comment)
            throws AccountException {
        checkName(name);
        checkPassword(password);
        if (rows.containsKey(name) || rows.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
            throw new AccountException(EXISTS, "user name " + name + " already exists");
        }
        if (rows.size() >= MAX_ACCOUNTS) {
            throw new AccountException(LIMIT, "at most " + MAX_ACCOUNTS + " accounts");
        }
        if (needsSetup() && role != AccessLevel.ADMIN) {
            throw new AccountException(NOT_VALID_INITIAL_ADMIN, "create an administrator account first");
        }
        Account account = new Account(name, role, ptz, comment == null ? "" : comment);
        AccountStore.Row row = row(account, password);
        store.insert(row, clock.instant());
        put(row);
        return account;
    }

    /**
     * Changes what is given (empty = keep). Refuses to take the administrator role from the last
     * administrator.
     */
    public synchronized Account update(String name, Optional<String> password, Optional<AccessLevel> role,
            Optional<Boolean> ptz, Optional<String> comment) throws AccountException {
        AccountStore.Row old = rows.get(name);
        if (old == null) {
            throw new AccountException(UNKNOWN_USER, "no account " + name);
        }
        if (password.isPresent()) {
            checkPassword(password.get());
        }
        Account a = old.account();
        Account changed = new Account(name, role.orElse(a.role()), ptz.orElse(a.ptz()), comment.orElse(a.comment()));
        if (a.role() == AccessLevel.ADMIN && changed.role() != AccessLevel.ADMIN && adminCount() == 1) {
            throw new AccountException(LAST_ADMIN, "cannot take the administrator role from the last administrator");
        }
        AccountStore.Row row = password.map(p -> row(changed, p))
                .orElse(new AccountStore.Row(changed, old.passwordHash(), old.ha1Md5(), old.ha1Sha256()));
        store.update(row);
        verified.remove(name);
        put(row);
        return changed;
    }

    public synchronized void remove(String name) throws AccountException {
        AccountStore.Row old = rows.get(name);
        if (old == null) {
            throw new AccountException(UNKNOWN_USER, "no account " + name);
        }
        if (old.account().role() == AccessLevel.ADMIN && adminCount() == 1) {
            throw new AccountException(LAST_ADMIN, "cannot remove the last administrator");
        }
        store.delete(name);
        verified.remove(name);
        Map<String, AccountStore.Row> next = new LinkedHashMap<>(rows);
        next.remove(name);
        rows = Map.copyOf(next);
        order = order.stream().filter(n -> !n.equals(name)).toList();
    }

    private long adminCount() {
        return rows.values().stream().filter(r -> r.account().role() == AccessLevel.ADMIN).count();
    }

    private void put(AccountStore.Row row) {
        Map<String, AccountStore.Row> next = new LinkedHashMap<>(rows);
        boolean isNew = next.put(row.account().name(), row) == null;
        rows = Map.copyOf(next);
        if (isNew) {
            order = java.util.stream.Stream.concat(order.stream(), java.util.stream.Stream.of(row.account().name()))
                    .toList();
        }
    }

    private AccountStore.Row row(Account account, String password) {
        return new AccountStore.Row(account, hasher.hash(password),
                DigestAlgorithm.MD5.ha1(account.name(), realm, password),
                DigestAlgorithm.SHA_256.ha1(account.name(), realm, password));
    }

    private static void checkName(String name) throws AccountException {
        if (!UserNames.valid(name)) {
            throw new AccountException(INVALID_NAME, "user name must be 1-" + UserNames.MAX_LENGTH
                    + " ASCII letters and digits");
        }
    }

    /** No policy on strength (the manual says so); only what the protocols cannot carry is refused. */
    private static void checkPassword(String password) throws AccountException {
        if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH
                || password.codePoints().anyMatch(Character::isISOControl)) {
            throw new AccountException(INVALID_PASSWORD,
                    "password must be 1-" + MAX_PASSWORD_LENGTH + " characters without control characters");
        }
    }

    private byte[] keyed(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return mac.doFinal((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
