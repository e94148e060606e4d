package org.ptzcam.device.ptz;

import java.util.Objects;
import org.ptzcam.device.AccessLevel;

/**
 * Who sends PTZ commands, for the control queue: a stable id (user name, or protocol and client
 * address) and the access level that sets its priority (admin > operator > viewer).
 */
public record Controller(String id, AccessLevel level) {
    public Controller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
    }
}
