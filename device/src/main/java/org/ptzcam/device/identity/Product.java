package org.ptzcam.device.identity;

/** Our own brand and product names (never another vendor's). */
public final class Product {
    public static final String BRAND = "ptzcam";
    public static final String NUMBER = "P7130";
    public static final String TYPE = "PTZ Network Camera";
    public static final String SHORT_NAME = BRAND + " " + NUMBER;
    public static final String FULL_NAME = SHORT_NAME + " " + TYPE;
    public static final String VARIANT = "";
    public static final String WEB_URL = "https://ptzcam.org";
    public static final String HARDWARE_ID = "7130";
    public static final String SOC = "ptzcam software SoC";

    private Product() {
    }

    /** The machine architecture in the spelling Axis devices use ({@code x86_64}, {@code aarch64}). */
    public static String architecture() {
        String arch = System.getProperty("os.arch", "unknown");
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "arm64", "aarch64" -> "aarch64";
            default -> arch;
        };
    }
}
