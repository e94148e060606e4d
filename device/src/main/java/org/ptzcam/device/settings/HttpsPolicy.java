package org.ptzcam.device.settings;

/**
 * Which web ports the camera listens on (System › Security › HTTPS). One setting rather than two
 * on/off switches, so that no single update can close both and lock everybody out.
 */
public enum HttpsPolicy implements SettingEnum {
    /** HTTP and HTTPS (the default; HTTP may still redirect to HTTPS). */
    BOTH("http-and-https", true, true),
    /** HTTPS only: the HTTP port is closed. */
    HTTPS_ONLY("https-only", false, true),
    /** HTTP only: the HTTPS port is closed (a closed network without TLS needs). */
    HTTP_ONLY("http-only", true, false);

    private final String id;
    private final boolean http;
    private final boolean https;

    HttpsPolicy(String id, boolean http, boolean https) {
        this.id = id;
        this.http = http;
        this.https = https;
    }

    @Override
    public String id() {
        return id;
    }

    public boolean httpOpen() {
        return http;
    }

    public boolean httpsOpen() {
        return https;
    }
}
