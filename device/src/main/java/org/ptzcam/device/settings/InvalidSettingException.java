package org.ptzcam.device.settings;

import java.io.Serial;

/** A value refused by validation, or a path that names no setting. */
public final class InvalidSettingException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String value;

    public InvalidSettingException(String path, String value, String reason) {
        super("invalid value '" + value + "' for " + path + ": " + reason);
        this.path = path;
        this.value = value;
    }

    public String path() {
        return path;
    }

    public String value() {
        return value;
    }
}
