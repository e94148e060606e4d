package org.ptzcam.rtsp.server;

import java.util.Map;

/**
 * The effective arguments of a media.amp request: the Stream tab defaults, then the named stream
 * profile's parameters ({@code streamprofile=<name>}), then the URL's own arguments, later layers
 * winning; an unknown profile falls back to the Stream tab, as the manual says. The device's
 * stream profiles implement it ({@code DeviceModel.streamProfiles()::resolve}).
 */
@FunctionalInterface
public interface StreamProfiles {

    /** No defaults and no profiles: the URL's arguments as they are ({@code streamprofile} ignored). */
    StreamProfiles NONE = url -> url;

    /** The effective arguments (lower-case names) for the request's {@code urlArgs}. */
    Map<String, String> resolve(Map<String, String> urlArgs);
}
