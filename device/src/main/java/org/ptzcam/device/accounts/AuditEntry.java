package org.ptzcam.device.accounts;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param id      increasing number
 * @param at      when it happened
 * @param kind    {@code login}, {@code login-failed}, {@code throttled}, {@code account-added},
 *                {@code account-updated}, {@code account-removed}, {@code first-admin}
 * @param user    the account concerned or tried ("" when none)
 * @param address the client's address ("" for local actions)
 * @param detail  free text (protocol, what changed)
 */
public record AuditEntry(long id, Instant at, String kind, String user, String address, String detail) {
}
