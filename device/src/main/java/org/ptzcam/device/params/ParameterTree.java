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
    private final List<DynamicGroup> dynamic;

    /** @param declared every parameter, settings included, in the order groups should be listed */
    public ParameterTree(List<Parameter> declared, Settings settings) {
        this(declared, settings, List.of());
    }

    /** @param dynamic groups whose subgroups come and go (listed after the declared ones) */
    public ParameterTree(List<Parameter> declared, Settings settings, List<DynamicGroup> dynamic) {
        this.parameters = List.copyOf(TreeOrder.sort(declared));
        this.settings = settings;
        this.dynamic = List.copyOf(dynamic);
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
            PtzService ptz, List<DynamicGroup> dynamic) {
        List<Parameter> declared = new ArrayList<>();
        declared.addAll(BrandParameters.of(identity));
        declared.addAll(PropertiesParameters.of(identity, settings));
        declared.addAll(ImageParameters.of());
        declared.addAll(PtzParameters.of(ptz));
        for (SettingDef def : settings.definitions()) {
            declared.add(Parameter.setting(def, settings));
        }
        declared.addAll(RateControlParameters.of(settings));
        declared.addAll(NetworkStatusParameters.of(identity, runtime));
        return new ParameterTree(declared, settings, dynamic);
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
                for (Parameter parameter : current()) {
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
        Map<DynamicGroup, Map<String, String>> dynamicChanges = new LinkedHashMap<>();
        for (Map.Entry<String, String> update : updates) {
            String name = update.getKey();
            Optional<DynamicGroup> owner = ownerOf(name);
            if (owner.isPresent()) {
                if (!level.allows(owner.get().writeLevel())) {
                    throw new ParameterUpdateException(name, update.getValue(),
                            "needs " + owner.get().writeLevel() + " rights");
                }
                dynamicChanges.computeIfAbsent(owner.get(), g -> new LinkedHashMap<>())
                        .put(ParameterNames.withoutRoot(name), update.getValue());
                continue;
            }
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
        // settings are checked before dynamic groups change, so a bad setting leaves everything as it was
        for (Map.Entry<String, String> change : changes.entrySet()) {
            SettingDef def = settings.definition(change.getKey()).orElseThrow();
            if (def.validate(change.getValue()) instanceof org.ptzcam.device.settings.Validation.Invalid invalid) {
                throw new ParameterUpdateException(nameAsGiven.get(change.getKey()), change.getValue(), invalid.reason());
            }
        }
        try {
            settings.check(changes); // guards that depend on other state, before a dynamic group changes
        } catch (InvalidSettingException e) {
            throw new ParameterUpdateException(nameAsGiven.getOrDefault(e.path(), e.path()), e.value(), e.getMessage());
        }
        for (Map.Entry<DynamicGroup, Map<String, String>> e : dynamicChanges.entrySet()) {
            e.getKey().update(e.getValue());
        }
        try {
            settings.update(changes);
        } catch (InvalidSettingException e) {
            throw new ParameterUpdateException(nameAsGiven.getOrDefault(e.path(), e.path()), e.value(), e.getMessage());
        }
    }

    /**
     * action=add: a new subgroup of a dynamic group, e.g. {@code template=streamprofile&group=StreamProfile}
     * with {@code StreamProfile.S.Name=…} values ({@code S} without a number names the new subgroup).
     *
     * @return the new subgroup's id, e.g. {@code S4}
     */
    public String add(String template, String group, List<Map.Entry<String, String>> values, AccessLevel level)
            throws GroupRequestException {
        DynamicGroup target = dynamic.stream().filter(g -> g.name().equalsIgnoreCase(ParameterNames.withoutRoot(group)))
                .findFirst().orElseThrow(() -> new GroupRequestException("group '" + group + "' cannot be added to"));
        if (!target.template().equalsIgnoreCase(template)) {
            throw new GroupRequestException("template '" + template + "' does not exist for group " + target.name());
        }
        if (!level.allows(target.writeLevel())) {
            throw new GroupRequestException("adding to " + target.name() + " needs " + target.writeLevel() + " rights");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String prefix = target.name().toLowerCase(Locale.ROOT) + ".";
        for (Map.Entry<String, String> v : values) {
            String path = ParameterNames.withoutRoot(v.getKey());
            String lower = path.toLowerCase(Locale.ROOT);
            if (!lower.startsWith(prefix) || lower.indexOf('.', prefix.length()) < 0) {
                throw new GroupRequestException("parameter '" + v.getKey() + "' is not in group " + target.name());
            }
            fields.put(path.substring(path.indexOf('.', prefix.length()) + 1), v.getValue());
        }
        return target.add(fields);
    }

    /** action=remove: subgroups such as {@code StreamProfile.S7}, all or none. */
    public void remove(List<String> groups, AccessLevel level) throws GroupRequestException {
        Map<DynamicGroup, List<String>> ids = new LinkedHashMap<>();
        for (String group : groups) {
            String path = ParameterNames.withoutRoot(group);
            int dot = path.indexOf('.');
            DynamicGroup target = dot < 0 ? null : dynamic.stream()
                    .filter(g -> g.name().equalsIgnoreCase(path.substring(0, dot))).findFirst().orElse(null);
            if (target == null) {
                throw new GroupRequestException("group '" + group + "' cannot be removed");
            }
            if (!level.allows(target.writeLevel())) {
                throw new GroupRequestException("removing " + group + " needs " + target.writeLevel() + " rights");
            }
            ids.computeIfAbsent(target, g -> new ArrayList<>()).add(path.substring(dot + 1));
        }
        for (Map.Entry<DynamicGroup, List<String>> e : ids.entrySet()) {
            e.getKey().remove(e.getValue());
        }
    }

    private List<Parameter> current() {
        if (dynamic.isEmpty()) {
            return parameters;
        }
        List<Parameter> all = new ArrayList<>(parameters);
        dynamic.forEach(g -> all.addAll(g.parameters()));
        return TreeOrder.sort(all);
    }

    private Optional<DynamicGroup> ownerOf(String name) {
        String path = ParameterNames.withoutRoot(name);
        return dynamic.stream().filter(g -> g.owns(path)).findFirst();
    }

    private Optional<Parameter> find(String name) {
        return Optional.ofNullable(byLowerCasePath.get(ParameterNames.withoutRoot(name).toLowerCase(Locale.ROOT)));
    }
}
