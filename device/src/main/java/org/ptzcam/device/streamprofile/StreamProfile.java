package org.ptzcam.device.streamprofile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One stream profile (System › Stream profiles): a name clients put in {@code streamprofile=}, a
 * description, and media.amp arguments. "Include audio" is {@code audio=1} in the parameters.
 *
 * @param name        1–{@value #MAX_NAME} characters of {@code [A-Za-z0-9_-]}, unique
 * @param description at most {@value #MAX_DESCRIPTION} characters
 * @param parameters  a raw media.amp query string, checked by {@link MediaArgs}
 */
public record StreamProfile(String name, String description, String parameters) {

    public static final int MAX_NAME = 64;
    public static final int MAX_DESCRIPTION = 256;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    public StreamProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * A checked profile.
     *
     * @throws StreamProfileException INVALID naming {@code name}, {@code description} or the argument at fault
     */
    public static StreamProfile of(String name, String description, String parameters) throws StreamProfileException {
        if (name == null || name.isEmpty()) {
            throw new StreamProfileException(StreamProfileException.Kind.MISSING, "name", "Missing parameter 'name'");
        }
        if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            throw new StreamProfileException(StreamProfileException.Kind.INVALID, "name", "Invalid parameter 'name': '"
                    + name + "' must be 1-" + MAX_NAME + " characters of A-Z, a-z, 0-9, _ and -");
        }
        String desc = description == null ? "" : description;
        if (desc.length() > MAX_DESCRIPTION || desc.chars().anyMatch(c -> c < 0x20)) {
            throw new StreamProfileException(StreamProfileException.Kind.INVALID, "description",
                    "Invalid parameter 'description': at most " + MAX_DESCRIPTION + " characters, no control characters");
        }
        String params = parameters == null ? "" : parameters;
        MediaArgs.parse(params);
        return new StreamProfile(name, desc, params);
    }

    /** The parameters as checked arguments, names lower-cased, in order. */
    public List<Map.Entry<String, String>> args() {
        try {
            return MediaArgs.parse(parameters);
        } catch (StreamProfileException e) {
            // stored profiles were checked on the way in; a newer build could know fewer names
            throw new IllegalStateException("stored profile " + name + " has bad parameters: " + e.getMessage(), e);
        }
    }
}
