package org.ptzcam.device.overlay;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ptzcam.device.overlay.OverlayException.Reason;
import org.ptzcam.device.store.StoreException;

/**
 * The camera's overlays (Video › Overlays and the dynamic overlay API): validated, persisted, and
 * announced to listeners (the video stage) after each change. Thread-safe; reads are snapshots.
 * Besides these it holds the overlays of the classic {@code Image.I0.Text}/{@code Image.I0.Overlay}
 * parameters ({@link ClassicOverlays} keeps them; they are settings, stored as such): the video stage
 * draws {@link #drawn()}, both kinds; the dynamic overlay API sees only {@link #all()}.
 */
public final class Overlays {

    /** Most overlays at once (text and image together); {@code getOverlayCapabilities} reports it. */
    public static final int MAX_OVERLAYS = 16;
    /** Longest overlay text, before modifiers are expanded. */
    public static final int MAX_TEXT_LENGTH = 512;
    public static final int MIN_FONT_SIZE = 6;
    public static final int MAX_FONT_SIZE = 200;
    /** The one video source of this camera (the API counts cameras from 1). */
    public static final int CAMERA = 1;

    private final OverlayRepository repository;
    private final OverlayImages images;
    private final TreeMap<Integer, Overlay> byIdentity = new TreeMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Overlay> snapshot;
    private volatile List<Overlay> classic = List.of();
    private volatile String classicImage = "";

    public Overlays(OverlayRepository repository, OverlayImages images) {
        this.repository = repository;
        this.images = images;
        for (Overlay o : repository.load()) {
            byIdentity.put(o.identity(), o);
        }
        snapshot = List.copyOf(byIdentity.values());
    }

    public OverlayImages images() {
        return images;
    }

    /** Every overlay of the dynamic overlay API, by identity. */
    public List<Overlay> all() {
        return snapshot;
    }

    /** What the video stage draws: the classic parameters' overlays (beneath), then every other one. */
    public List<Overlay> drawn() {
        List<Overlay> under = classic;
        if (under.isEmpty()) {
            return snapshot;
        }
        List<Overlay> both = new java.util.ArrayList<>(under);
        both.addAll(snapshot);
        return List.copyOf(both);
    }

    /**
     * Replaces the classic parameters' overlays (identities below 1, never an API identity) and the
     * image they name, which cannot be deleted while named even if not shown. Listeners hear it.
     */
    public void setClassic(List<Overlay> overlays, String namedImage) {
        synchronized (this) {
            classic = List.copyOf(overlays);
            classicImage = namedImage == null ? "" : namedImage;
        }
        changed();
    }

    public Optional<Overlay> get(int identity) {
        return snapshot.stream().filter(o -> o.identity() == identity).findFirst();
    }

    /** Adds a text overlay (its identity is ignored) and returns it with the identity given. */
    public TextOverlay addText(TextOverlay draft) throws OverlayException {
        validate(draft);
        TextOverlay added;
        synchronized (this) {
            added = draft.withIdentity(nextIdentity());
            store(added);
        }
        changed();
        return added;
    }

    public ImageOverlay addImage(ImageOverlay draft) throws OverlayException {
        validate(draft);
        ImageOverlay added;
        synchronized (this) {
            added = draft.withIdentity(nextIdentity());
            store(added);
        }
        changed();
        return added;
    }

    /** Replaces an existing overlay of the same kind and identity. */
    public void update(Overlay changed) throws OverlayException {
        validate(changed);
        synchronized (this) {
            Overlay old = byIdentity.get(changed.identity());
            if (old == null || old.getClass() != changed.getClass()) {
                throw notFound(changed.identity(), changed instanceof TextOverlay ? "text" : "image");
            }
            store(changed);
        }
        changed();
    }

    public void remove(int identity) throws OverlayException {
        synchronized (this) {
            if (!byIdentity.containsKey(identity)) {
                throw notFound(identity, null);
            }
            try {
                repository.delete(identity);
            } catch (StoreException e) {
                throw new OverlayException(Reason.INTERNAL, null, e.getMessage());
            }
            byIdentity.remove(identity);
            snapshot = List.copyOf(byIdentity.values());
        }
        changed();
    }

    /** Deletes an uploaded image unless an overlay shows it. */
    public void deleteImage(String name) throws OverlayException {
        synchronized (this) {
            String stored = OverlayImages.sanitise(name);
            if (stored.equals(classicImage)) {
                throw new OverlayException(Reason.INVALID_VALUE, "name", "image " + stored
                        + " is named by Image.OverlayPath; change that parameter first");
            }
            for (Overlay o : byIdentity.values()) {
                if (o instanceof ImageOverlay i && i.overlayPath().equals(stored)) {
                    throw new OverlayException(Reason.INVALID_VALUE, "name", "image " + stored
                            + " is shown by overlay " + i.identity() + "; remove that overlay first");
                }
            }
            images.delete(stored);
        }
    }

    /** Called after every change, on the changing thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void store(Overlay overlay) throws OverlayException {
        if (!byIdentity.containsKey(overlay.identity()) && byIdentity.size() >= MAX_OVERLAYS) {
            throw new OverlayException(Reason.LIMIT, null, "at most " + MAX_OVERLAYS + " overlays");
        }
        try {
            repository.save(overlay);
        } catch (StoreException e) {
            throw new OverlayException(Reason.INTERNAL, null, e.getMessage());
        }
        byIdentity.put(overlay.identity(), overlay);
        snapshot = List.copyOf(byIdentity.values());
    }

    private int nextIdentity() {
        return byIdentity.isEmpty() ? 1 : byIdentity.lastKey() + 1;
    }

    private void changed() {
        for (Runnable l : listeners) {
            l.run();
        }
    }

    private void validate(Overlay o) throws OverlayException {
        if (o.camera() != CAMERA) {
            throw new OverlayException(Reason.INVALID_VALUE, "camera", "camera " + o.camera()
                    + " does not exist (this camera has video source " + CAMERA + ")");
        }
        switch (o) {
            case TextOverlay t -> {
                if (t.text().length() > MAX_TEXT_LENGTH) {
                    throw new OverlayException(Reason.INVALID_VALUE, "text", "text longer than " + MAX_TEXT_LENGTH
                            + " characters");
                }
                if (t.fontSize() != 0 && (t.fontSize() < MIN_FONT_SIZE || t.fontSize() > MAX_FONT_SIZE)) {
                    throw new OverlayException(Reason.INVALID_VALUE, "fontSize", "fontSize must be "
                            + MIN_FONT_SIZE + ".." + MAX_FONT_SIZE + ": " + t.fontSize());
                }
            }
            case ImageOverlay i -> {
                if (!images.exists(i.overlayPath())) {
                    throw new OverlayException(Reason.INVALID_VALUE, "overlayPath", "no uploaded image named '"
                            + i.overlayPath() + "'");
                }
            }
        }
    }

    private static OverlayException notFound(int identity, String kind) {
        return new OverlayException(Reason.NOT_FOUND, "identity", "no " + (kind == null ? "" : kind + " ")
                + "overlay with identity " + identity);
    }
}
