package org.ptzcam.rtsp.server;

import java.util.Map;
import java.util.Optional;

/**
 * Named stream profiles ({@code streamprofile=<name>}): a profile is a set of media.amp
 * arguments. Stream profiles are not in the device model yet (issue 7 plugs them in here); until
 * then {@link #NONE} knows no profile, and a request naming one gets the Stream tab defaults, as
 * the manual says for a profile that does not exist.
 */
@FunctionalInterface
public interface StreamProfiles {

    /** No profiles: every name falls back to the Stream tab defaults. */
    StreamProfiles NONE = name -> Optional.empty();

    /** The arguments of the profile called {@code name} (names lower-case), if it exists. */
    Optional<Map<String, String>> arguments(String name);
}
