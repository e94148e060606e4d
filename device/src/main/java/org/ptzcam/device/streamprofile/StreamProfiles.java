package org.ptzcam.device.streamprofile;

import java.util.AbstractMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.device.store.Database;

/**
 * The camera's stream profiles (System › Stream profiles): at most {@value #MAX_PROFILES}, each in a
 * slot that is its {@code StreamProfile.S#} index, persisted in SQLite. Every change is
 * all-or-nothing: checked on a copy, written in one transaction, then published. Reads come from an
 * immutable snapshot. {@link #resolve} gives any stream consumer its effective arguments.
 */
public final class StreamProfiles {

    public static final int MAX_PROFILES = 26;

    /** A change to apply to a copy of the profiles by slot; throws to refuse it. */
    @FunctionalInterface
    public interface Edit {
        void apply(TreeMap<Integer, StreamProfile> bySlot) throws StreamProfileException;
    }

    private final StreamProfileRepository repository;
    private final StreamArgsResolver resolver;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile Map<Integer, StreamProfile> bySlot;

    private StreamProfiles(StreamProfileRepository repository, Settings settings) {
        this.repository = repository;
        this.bySlot = java.util.Collections.unmodifiableMap(repository.loadAll());
        this.resolver = new StreamArgsResolver(settings, this::find);
    }

    /** Loads the stored profiles; called once per camera by the device model. */
    public static StreamProfiles load(Database database, Settings settings) {
        return new StreamProfiles(new StreamProfileRepository(database), settings);
    }

    /** Profiles by slot, in slot order. */
    public Map<Integer, StreamProfile> bySlot() {
        return bySlot;
    }

    public List<StreamProfile> list() {
        return List.copyOf(bySlot.values());
    }

    /** The profile with exactly this name. */
    public Optional<StreamProfile> find(String name) {
        return bySlot.values().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Creates profiles (all or none) and returns their slots, lowest free first. */
    public List<Integer> create(List<StreamProfile> profiles) throws StreamProfileException {
        List<Integer> slots = new java.util.ArrayList<>();
        edit(map -> {
            for (StreamProfile p : profiles) {
                if (map.values().stream().anyMatch(q -> q.name().equals(p.name()))) {
                    throw new StreamProfileException(StreamProfileException.Kind.DUPLICATE, "name",
                            "Duplicate stream profile name '" + p.name() + "'");
                }
                int slot = freeSlot(map);
                map.put(slot, p);
                slots.add(slot);
            }
        });
        return List.copyOf(slots);
    }

    /** Replaces description and parameters of existing profiles, found by name (all or none). */
    public void update(List<StreamProfile> profiles) throws StreamProfileException {
        edit(map -> {
            for (StreamProfile p : profiles) {
                map.put(slotOf(map, p.name()), p);
            }
        });
    }

    /** Removes profiles by name (all or none). */
    public void remove(List<String> names) throws StreamProfileException {
        edit(map -> {
            for (String name : names) {
                map.remove(slotOf(map, name));
            }
        });
    }

    /**
     * Applies any change to a copy, checks that names stay unique, then stores and publishes it.
     *
     * @throws StreamProfileException from the edit or for a duplicate name; nothing changes then
     */
    public void edit(Edit edit) throws StreamProfileException {
        writeLock.lock();
        try {
            TreeMap<Integer, StreamProfile> copy = new TreeMap<>(bySlot);
            edit.apply(copy);
            Set<String> names = new HashSet<>();
            for (StreamProfile p : copy.values()) {
                if (!names.add(p.name())) {
                    throw new StreamProfileException(StreamProfileException.Kind.DUPLICATE, "name",
                            "Duplicate stream profile name '" + p.name() + "'");
                }
            }
            if (copy.keySet().stream().anyMatch(s -> s < 0 || s >= MAX_PROFILES)) {
                throw new IllegalStateException("slot outside 0.." + (MAX_PROFILES - 1));
            }
            repository.replaceAll(copy);
            bySlot = java.util.Collections.unmodifiableMap(copy);
        } finally {
            writeLock.unlock();
        }
    }

    /** The lowest free slot, or INVALID when all {@value #MAX_PROFILES} are taken. */
    static int freeSlot(Map<Integer, StreamProfile> map) throws StreamProfileException {
        for (int slot = 0; slot < MAX_PROFILES; slot++) {
            if (!map.containsKey(slot)) {
                return slot;
            }
        }
        throw new StreamProfileException(StreamProfileException.Kind.INVALID, "streamProfile",
                "Invalid parameter 'streamProfile': at most " + MAX_PROFILES + " stream profiles");
    }

    private static int slotOf(Map<Integer, StreamProfile> map, String name) throws StreamProfileException {
        return map.entrySet().stream().filter(e -> e.getValue().name().equals(name)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new StreamProfileException(StreamProfileException.Kind.NOT_FOUND,
                        "name", "No stream profile named '" + name + "'"));
    }

    /**
     * The effective arguments of a stream request: Stream tab defaults ← profile parameters ← URL
     * arguments, later layers overriding. Every URL argument counts as explicit (the RTSP face's
     * query map has no order). See {@link StreamArgsResolver} for the details.
     *
     * @param urlArgs the request's arguments, names in any case
     * @return lower-case names, never {@code streamprofile}; unknown URL arguments pass through
     */
    public Map<String, String> resolve(Map<String, String> urlArgs) {
        return resolver.resolve(urlArgs.entrySet().stream()
                .<Map.Entry<String, String>>map(e -> new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()))
                .toList(), false);
    }

    /**
     * As {@link #resolve(Map)}, in URL order with VAPIX's rule: arguments <em>before</em>
     * {@code streamprofile=} are overridden by the profile, those after it override the profile.
     */
    public Map<String, String> resolveOrdered(List<Map.Entry<String, String>> urlArgs) {
        return resolver.resolve(urlArgs, true);
    }
}
