package org.ptzcam.http.auth;

import java.util.Set;

/**
 * Which paths need which kind of caller. Everything not listed here needs a logged-in user; the
 * handler then checks the role its action needs. This is the documented allow-list the route-scan
 * test holds every route against.
 */
public final class AccessRules {

    /** What a path needs before its handler runs. */
    public enum Rule {
        /** Anyone: the first page, its scripts, systemready, login and first-admin setup. */
        PUBLIC,
        /** pwdgrp.cgi: anonymous only to create the first administrator (vapix.md §13.2). */
        SETUP,
        /** Live view and camera-view adjustments: anonymous in preview mode, else a logged-in user. */
        PREVIEW,
        /** A logged-in user (the handler checks the role). */
        USER
    }

    /** Answer anyone (vapix.md §13.2: systemready stays anonymous). */
    public static final Set<String> PUBLIC = Set.of("/", "/index.html", "/ui/app.js", "/ui/style.css",
            "/axis-cgi/systemready.cgi", "/api/state", "/api/login", "/api/logout", "/api/setup");

    /** The camera view: what an installer needs in preview mode (manual: "Preview mode"). */
    public static final Set<String> PREVIEW = Set.of("/axis-cgi/jpg/image.cgi", "/jpg/image.jpg",
            "/axis-cgi/mjpg/video.cgi", "/mjpg/video.mjpg", "/axis-cgi/imagesize.cgi", "/axis-cgi/com/ptz.cgi",
            "/axis-cgi/param.cgi"); // param.cgi: image settings only, see PreviewScope

    /**
     * RTSP over HTTP tunnelling and over WebSocket: the RTSP requests inside the tunnel authenticate
     * themselves (Digest/Basic, exactly as on the RTSP port, where OPTIONS alone is free), so opening
     * the tunnel needs no HTTP login — clients such as ffmpeg send none on the tunnel's GET/POST.
     */
    public static final Set<String> RTSP_TUNNELS = Set.of("/axis-media/media.amp", "/rtsp-over-websocket");

    public static final String PWDGRP = "/axis-cgi/pwdgrp.cgi";

    private AccessRules() {
    }

    public static Rule of(String path) {
        if (PUBLIC.contains(path) || RTSP_TUNNELS.contains(path)) {
            return Rule.PUBLIC;
        }
        if (PWDGRP.equals(path)) {
            return Rule.SETUP;
        }
        return PREVIEW.contains(path) ? Rule.PREVIEW : Rule.USER;
    }
}
