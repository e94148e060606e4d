package org.ptzcam.visca.codec;

/** The error codes of a VISCA error reply {@code y0 6z EE FF}. */
public enum ViscaError {
    /** Truncated, over 16 bytes, or no {@code FF} terminator where one belongs. */
    MESSAGE_LENGTH(0x01),
    /** Unknown command or a parameter outside its encoding. */
    SYNTAX(0x02),
    /** Both command sockets are busy. */
    BUFFER_FULL(0x03),
    /** Reply to Cancel: the command in that socket was cancelled. */
    CANCELLED(0x04),
    /** Cancel for a socket that holds no command. */
    NO_SOCKET(0x05),
    /** The command cannot run now (standby, manual-focus command in auto focus, unknown preset). */
    NOT_EXECUTABLE(0x41);

    private final int code;

    ViscaError(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The error of a code, or null when the code is not one of ours. */
    public static ViscaError of(int code) {
        for (ViscaError e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return null;
    }
}
