package org.ptzcam.device.params;

import java.util.List;
import java.util.Map;
import org.ptzcam.device.AccessLevel;

/**
 * A parameter group whose subgroups come and go ({@code StreamProfile.S#}): listed as it is at each
 * call, changed with param.cgi {@code update}, {@code add} and {@code remove} (vapix.md §5).
 */
public interface DynamicGroup {

    /** The top-level name, e.g. {@code StreamProfile}; also the {@code group=} of add. */
    String name();

    /** The {@code template=} that add takes, e.g. {@code streamprofile}. */
    String template();

    /** Who may change it (listing follows each parameter's read level). */
    AccessLevel writeLevel();

    /** The parameters as they are now, paths without {@code root.}. */
    List<Parameter> parameters();

    /** True if {@code path} (without {@code root.}, any case) is a writable parameter of a subgroup. */
    boolean owns(String path);

    /**
     * Applies updates to owned paths, all or nothing.
     *
     * @param changes owned path (as the client wrote it, without {@code root.}) → value
     * @throws ParameterUpdateException naming the first refused one; nothing changes then
     */
    void update(Map<String, String> changes) throws ParameterUpdateException;

    /**
     * Adds a subgroup from {@code values} (keys are the parameter names of the new subgroup, e.g.
     * {@code Name}) and returns its id, e.g. {@code S4}.
     */
    String add(Map<String, String> values) throws GroupRequestException;

    /** Removes subgroups by id ({@code S7}); all or none. */
    void remove(List<String> ids) throws GroupRequestException;
}
