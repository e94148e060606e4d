package org.ptzcam.device.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.identity.DeviceIdentity;
import org.ptzcam.device.ptz.PtzService;
import org.ptzcam.device.runtime.RuntimeInfo;
import org.ptzcam.device.settings.InvalidSettingException;
import org.ptzcam.device.settings.SettingDef;
import org.ptzcam.device.settings.Settings;

/**
 * The VAPIX parameter tree ({@code root.Brand}, {@code root.Properties}, {@code root.Network}, …)
 * as served by param.cgi. It is a view: settings are read from and written to {@link Settings},
 * everything else is computed from identity and runtime. Every setting appears here automatically.
 */
public final class ParameterTree {
    private final List<Parameter> parameters;
    private final Map<String, Parameter> byLowerCasePath = new LinkedHashMap<>();
    private final Settings settings;

    /** @param declared every parameter, settings included, in the order groups should be listed */
    public ParameterTree(List<Parameter> declared, Settings settings) {
        this.parameters = List.copyOf(TreeOrder.sort(declared));
        this.settings = settings;
        for (Parameter parameter : parameters) {
            if (byLowerCasePath.put(parameter.path().toLowerCase(Locale.ROOT), parameter) != null) {
                throw new IllegalArgumentException("parameter " + parameter.path() + " declared twice");
            }
        }
    }

    /**
     * The camera's tree: Brand, Properties, the fixed Image/ImageSource/PTZ facts, every setting, then the
     * read-only network status.
     */
    public static ParameterTree standard(DeviceIdentity identity, Settings settings, RuntimeInfo runtime,
            PtzService ptz) {
        List<Parameter> declared = new ArrayList<>();
        declared.addAll(BrandParameters.of(identity));
        declared.addAll(PropertiesParameters.of(identity, settings));
        declared.addAll(ImageParameters.of());
        declared.addAll(PtzParameters.of(ptz));
        for (SettingDef def : settings.definitions()) {
            declared.add(Parameter.setting(def, settings));
        }
        declared.addAll(NetworkStatusParameters.of(identity, runtime));
        return new ParameterTree(declared, settings);
    }

    /**
     * action=list. Each group as the client wrote it ({@code root.Brand}, {@code Brand},
     * {@code ImageSource.*.Name}); none means everything. Lines are {@code root.X.Y=value}, in tree
     * order per group, each parameter at most once.
     *
     * @throws UnknownGroupException for the first group naming nothing readable at {@code level}
     */
    public List<String> list(List<String> groups, AccessLevel level) throws UnknownGroupException {
        List<String> wanted = groups.isEmpty() ? List.of("root") : groups;
        Set<String> lines = new LinkedHashSet<>();
        for (String group : wanted) {
            GroupPattern pattern = GroupPattern.parse(group);
            List<String> found = new ArrayList<>();
            if (!pattern.isMalformed()) {
                for (Parameter parameter : parameters) {
                    if (parameter.readableAt(level) && pattern.matches(parameter.path())) {
                        parameter.value().ifPresent(value -> found.add("root." + parameter.path() + "=" + value));
                    }
                }
            }
            if (found.isEmpty() && !groups.isEmpty()) {
                throw new UnknownGroupException(group);
            }
            lines.addAll(found);
        }
        return List.copyOf(lines);
    }

    /**
     * action=update: all or nothing. Names as the client wrote them, with or without {@code root.};
     * a name given twice takes its last value.
     *
     * @throws ParameterUpdateException for the first name that is unknown, read-only, not writable
     *                                  at {@code level}, or whose value is invalid
     */
    public void update(List<Map.Entry<String, String>> updates, AccessLevel level) throws ParameterUpdateException {
        Map<String, String> changes = new LinkedHashMap<>();
        Map<String, String> nameAsGiven = new LinkedHashMap<>();
        for (Map.Entry<String, String> update : updates) {
            String name = update.getKey();
            Parameter parameter = find(name).orElseThrow(
                    () -> new ParameterUpdateException(name, update.getValue(), "no such parameter"));
            if (!parameter.writableAt(level)) {
                throw new ParameterUpdateException(name, update.getValue(), parameter.setting().isEmpty()
                        ? "read-only" : "needs " + parameter.setting().get().writeLevel() + " rights");
            }
            String path = parameter.setting().get().path();
            changes.remove(path); // keep the client's order for the last occurrence
            changes.put(path, update.getValue());
            nameAsGiven.put(path, name);
        }
        try {
            settings.update(changes);
        } catch (InvalidSettingException e) {
            throw new ParameterUpdateException(nameAsGiven.getOrDefault(e.path(), e.path()), e.value(), e.getMessage());
        }
    }

    private Optional<Parameter> find(String name) {
        return Optional.ofNullable(byLowerCasePath.get(ParameterNames.withoutRoot(name).toLowerCase(Locale.ROOT)));
    }
}
