package org.ptzcam.device.streamprofile;

import static org.ptzcam.device.AccessLevel.VIEWER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ptzcam.device.AccessLevel;
import org.ptzcam.device.params.DynamicGroup;
import org.ptzcam.device.params.GroupRequestException;
import org.ptzcam.device.params.Parameter;
import org.ptzcam.device.params.ParameterUpdateException;

/**
 * {@code root.StreamProfile}: {@code MaxGroups} and one {@code S#} group per profile with
 * {@code Name}, {@code Description} and {@code Parameters}, the param.cgi view of
 * {@link StreamProfiles} (the same profiles streamprofile.cgi shows). Changes need admin rights.
 */
public final class StreamProfileGroup implements DynamicGroup {

    private static final Pattern FIELD = Pattern.compile("streamprofile\\.s(\\d{1,2})\\.(name|description|parameters)");
    private static final Pattern ID = Pattern.compile("[sS](\\d{1,2})");

    private final StreamProfiles profiles;

    public StreamProfileGroup(StreamProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return "StreamProfile";
    }

    @Override
    public String template() {
        return "streamprofile";
    }

    @Override
    public AccessLevel writeLevel() {
        return AccessLevel.ADMIN;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        out.add(Parameter.fixed("StreamProfile.MaxGroups", VIEWER, Integer.toString(StreamProfiles.MAX_PROFILES)));
        profiles.bySlot().forEach((slot, p) -> {
            out.add(Parameter.fixed("StreamProfile.S" + slot + ".Name", VIEWER, p.name()));
            out.add(Parameter.fixed("StreamProfile.S" + slot + ".Description", VIEWER, p.description()));
            out.add(Parameter.fixed("StreamProfile.S" + slot + ".Parameters", VIEWER, p.parameters()));
        });
        return out;
    }

    @Override
    public boolean owns(String path) {
        Matcher m = FIELD.matcher(path.toLowerCase(Locale.ROOT));
        return m.matches() && profiles.bySlot().containsKey(Integer.parseInt(m.group(1)));
    }

    @Override
    public void update(Map<String, String> changes) throws ParameterUpdateException {
        try {
            profiles.edit(map -> {
                for (Map.Entry<String, String> change : changes.entrySet()) {
                    Matcher m = FIELD.matcher(change.getKey().toLowerCase(Locale.ROOT));
                    if (!m.matches() || !map.containsKey(Integer.parseInt(m.group(1)))) {
                        throw new StreamProfileException(StreamProfileException.Kind.NOT_FOUND, change.getKey(),
                                "no such parameter");
                    }
                    int slot = Integer.parseInt(m.group(1));
                    StreamProfile p = map.get(slot);
                    StreamProfile next;
                    try {
                        next = switch (m.group(2)) {
                            case "name" -> StreamProfile.of(change.getValue(), p.description(), p.parameters());
                            case "description" -> StreamProfile.of(p.name(), change.getValue(), p.parameters());
                            default -> StreamProfile.of(p.name(), p.description(), change.getValue());
                        };
                    } catch (StreamProfileException e) {
                        throw new StreamProfileException(e.kind(), change.getKey(), e.getMessage());
                    }
                    map.put(slot, next);
                }
            });
        } catch (StreamProfileException e) {
            String path = e.field();
            String name = changes.containsKey(path) ? path : changes.keySet().iterator().next();
            throw new ParameterUpdateException(name, changes.getOrDefault(name, ""), e.getMessage());
        }
    }

    @Override
    public String add(Map<String, String> values) throws GroupRequestException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : values.entrySet()) {
            // "S.Name" (the new group) or just "Name"
            String key = v.getKey().toLowerCase(Locale.ROOT);
            key = key.startsWith("s.") ? key.substring(2) : key;
            if (!List.of("name", "description", "parameters").contains(key)) {
                throw new GroupRequestException("StreamProfile has no parameter '" + v.getKey() + "'");
            }
            fields.put(key, v.getValue());
        }
        try {
            StreamProfile p = StreamProfile.of(fields.get("name"), fields.get("description"), fields.get("parameters"));
            return "S" + profiles.create(List.of(p)).get(0);
        } catch (StreamProfileException e) {
            throw new GroupRequestException(e.getMessage());
        }
    }

    @Override
    public void remove(List<String> ids) throws GroupRequestException {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            Matcher m = ID.matcher(id);
            Optional<StreamProfile> p = m.matches()
                    ? Optional.ofNullable(profiles.bySlot().get(Integer.parseInt(m.group(1)))) : Optional.empty();
            names.add(p.orElseThrow(() -> new GroupRequestException("StreamProfile." + id + " does not exist")).name());
        }
        try {
            profiles.remove(names);
        } catch (StreamProfileException e) {
            throw new GroupRequestException(e.getMessage());
        }
    }
}
