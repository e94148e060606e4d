package org.ptzcam.device.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.ptzcam.device.store.Database;
import org.ptzcam.device.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All settings of one camera: typed views, raw values by path, validated all-or-nothing updates
 * and change listeners. Reads come from an immutable in-memory snapshot that is replaced only
 * after the database transaction has committed, so readers never see uncommitted values.
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final SettingsRepository repository;
    private final Map<String, SettingDef> definitions;
    private final Map<String, String> defaults;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final List<SettingsListener> listeners = new CopyOnWriteArrayList<>();
    private final List<SettingsGuard> guards = new CopyOnWriteArrayList<>();
    private volatile Map<String, String> values;

    private Settings(SettingsRepository repository, List<SettingDef> definitions, Map<String, String> values) {
        this.repository = repository;
        Map<String, SettingDef> byPath = new LinkedHashMap<>();
        Map<String, String> defaultValues = new LinkedHashMap<>();
        for (SettingDef def : definitions) {
            byPath.put(def.path(), def);
            defaultValues.put(def.path(), def.defaultValue());
        }
        this.definitions = Collections.unmodifiableMap(byPath);
        this.defaults = Collections.unmodifiableMap(defaultValues);
        this.values = values;
    }

    /** Loads the stored values of {@code definitions}; called once per camera by the device model. */
    public static Settings load(Database database, List<SettingDef> definitions) {
        SettingsRepository repository = new SettingsRepository(database);
        return new Settings(repository, definitions, StoredValues.effective(repository.loadAll(), definitions));
    }

    public NetworkSettings network() {
        return NetworkSettings.from(values::get);
    }

    /** Video › Installation; a change restarts the video pipeline ({@link CaptureSettings#affectedBy}). */
    public CaptureSettings capture() {
        return CaptureSettings.from(values::get);
    }

    /** Video › Image; a change applies to running streams ({@link ImageSettings#affectedBy}). */
    public ImageSettings image() {
        return ImageSettings.from(values::get);
    }

    /** Audio › Device settings. */
    public AudioSettings audio() {
        return AudioSettings.from(values::get);
    }


    /** RTP multicast group, port and TTL of RTSP multicast sessions. */
    public MulticastSettings multicast() {
        return MulticastSettings.from(values::get);
    }

    /** Defaults of stream requests (compression). */
    public StreamDefaults streamDefaults() {
        return StreamDefaults.from(values::get);
    }

    /** The classic {@code Image.I0.Text} / {@code Image.I0.Overlay} overlay parameters. */
    public ClassicOverlaySettings classicOverlay() {
        return ClassicOverlaySettings.from(values::get);
    }

    /** Video › Stream › Zipstream defaults of new streams. */
    public ZipstreamSettings zipstream() {
        return ZipstreamSettings.from(values::get);
    }

    /** How clients may authenticate. */
    public SecuritySettings security() {
        return SecuritySettings.from(values::get);
    }

    /** PTZ limits, speeds, home preset and control queue. */
    public PtzSettings ptz() {
        return PtzSettings.from(values::get);
    }

    /** System › Accessories › VISCA; a change restarts the VISCA listeners ({@link ViscaSettings#affectedBy}). */
    public ViscaSettings visca() {
        return ViscaSettings.from(values::get);
    }

    /** The current value of a setting (its default if never changed). */
    public String get(String path) {
        String value = values.get(path);
        if (value == null) {
            throw new IllegalArgumentException("no setting " + path);
        }
        return value;
    }

    public List<SettingDef> definitions() {
        return List.copyOf(definitions.values());
    }

    public Optional<SettingDef> definition(String path) {
        return Optional.ofNullable(definitions.get(path));
    }

    public void addListener(SettingsListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SettingsListener listener) {
        listeners.remove(listener);
    }

    /** Adds a check every later change must pass (see {@link SettingsGuard}). */
    public void addGuard(SettingsGuard guard) {
        guards.add(guard);
    }

    public void removeGuard(SettingsGuard guard) {
        guards.remove(guard);
    }

    /**
     * What {@link #update} checks, without writing: types and every guard. Lets a caller that changes
     * other stores in the same request refuse all of it before anything changes.
     */
    public void check(Map<String, String> changes) throws InvalidSettingException {
        Map<String, String> normalised = validate(changes);
        for (SettingsGuard guard : guards) {
            guard.check(normalised);
        }
    }

    /**
     * Validates every change, then writes them in one transaction. On any invalid value nothing is
     * written and no listener is called. Listeners hear only paths whose value really changed.
     *
     * @throws StoreException if the database itself fails (nothing is changed then either)
     */
    public void update(Map<String, String> changes) throws InvalidSettingException {
        Map<String, String> normalised = validate(changes);
        for (SettingsGuard guard : guards) {
            guard.check(normalised);
        }
        Set<String> changed;
        writeLock.lock();
        try {
            Map<String, String> current = values;
            Map<String, String> diff = new LinkedHashMap<>();
            normalised.forEach((path, value) -> {
                if (!value.equals(current.get(path))) {
                    diff.put(path, value);
                }
            });
            if (diff.isEmpty()) {
                return;
            }
            repository.write(diff, defaults);
            Map<String, String> next = new LinkedHashMap<>(current);
            next.putAll(diff);
            values = Collections.unmodifiableMap(next);
            changed = Collections.unmodifiableSet(diff.keySet());
        } finally {
            writeLock.unlock();
        }
        notifyListeners(changed);
    }

    private Map<String, String> validate(Map<String, String> changes) throws InvalidSettingException {
        Map<String, String> normalised = new LinkedHashMap<>();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            SettingDef def = definitions.get(change.getKey());
            if (def == null) {
                throw new InvalidSettingException(change.getKey(), change.getValue(), "no such setting");
            }
            switch (def.validate(change.getValue())) {
                case Validation.Valid valid -> normalised.put(def.path(), valid.value());
                case Validation.Invalid invalid ->
                        throw new InvalidSettingException(def.path(), change.getValue(), invalid.reason());
            }
        }
        return normalised;
    }

    private void notifyListeners(Set<String> changed) {
        for (SettingsListener listener : listeners) {
            try {
                listener.changed(changed);
            } catch (RuntimeException e) {
                // the change is committed; one faulty listener must not hide it from the others
                LOG.warn("settings listener {} failed on {}", listener, changed, e);
            }
        }
    }
}
