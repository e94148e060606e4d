package org.ptzcam.device.params;

/** Parameter names as clients write them: {@code root.} is optional. */
final class ParameterNames {
    private static final String ROOT = "root";

    private ParameterNames() {
    }

    /** {@code root.Network.HostName} and {@code Network.HostName} both give {@code Network.HostName}; {@code root} gives "". */
    static String withoutRoot(String name) {
        if (name.equalsIgnoreCase(ROOT)) {
            return "";
        }
        if (name.regionMatches(true, 0, ROOT + ".", 0, ROOT.length() + 1)) {
            return name.substring(ROOT.length() + 1);
        }
        return name;
    }
}
