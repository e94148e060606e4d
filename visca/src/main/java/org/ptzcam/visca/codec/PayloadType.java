package org.ptzcam.visca.codec;

/** Payload types of Sony's VISCA-over-IP 8-byte header. */
public final class PayloadType {
    public static final int VISCA_COMMAND = 0x0100;
    public static final int VISCA_INQUIRY = 0x0110;
    public static final int VISCA_REPLY = 0x0111;
    /** "VISCA device setting command" (IF_Clear and the like). */
    public static final int VISCA_SETTING = 0x0120;
    public static final int CONTROL_COMMAND = 0x0200;
    public static final int CONTROL_REPLY = 0x0201;

    private PayloadType() {
    }

    public static boolean isViscaRequest(int type) {
        return type == VISCA_COMMAND || type == VISCA_INQUIRY || type == VISCA_SETTING;
    }
}
