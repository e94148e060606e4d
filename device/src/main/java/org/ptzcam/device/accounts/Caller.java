package org.ptzcam.device.accounts;

import java.util.Optional;
import org.ptzcam.device.AccessLevel;

/**
 * Who made a request, as every protocol face sees it: an authenticated user with a role and the
 * PTZ right, an anonymous caller, or an anonymous caller in preview mode (camera view only).
 *
 * @param user    the account name; empty when nobody logged in
 * @param level   the role ({@link AccessLevel#ANONYMOUS} when not logged in)
 * @param ptz     may move the camera (PTZ right); preview mode grants it to installers
 * @param preview anonymous access granted by preview mode: live view and camera-view adjustments
 */
public record Caller(Optional<String> user, AccessLevel level, boolean ptz, boolean preview) {

    public static final Caller ANONYMOUS = new Caller(Optional.empty(), AccessLevel.ANONYMOUS, false, false);

    /** The installer on a factory-defaulted camera in preview mode (manual: "Preview mode"). */
    public static final Caller PREVIEW = new Caller(Optional.empty(), AccessLevel.ANONYMOUS, true, true);

    public static Caller user(String name, AccessLevel level, boolean ptz) {
        return new Caller(Optional.of(name), level, ptz, false);
    }

    /** True when the caller's role is at least {@code required}. */
    public boolean allows(AccessLevel required) {
        return level.allows(required);
    }

    /** The PTZ right: ptz.cgi and other camera-movement calls need it (plus viewer, or preview mode). */
    public boolean hasPtz() {
        return ptz && (preview || level.allows(AccessLevel.VIEWER));
    }

    public boolean authenticated() {
        return user.isPresent();
    }
}
