package org.ptzcam.media.overlay;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.device.overlay.ImageOverlay;
import org.ptzcam.device.overlay.Overlay;
import org.ptzcam.device.overlay.TextOverlay;
import org.ptzcam.media.pipeline.FrameOverlay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Burns the camera's text and image overlays into every captured frame, once per distinct stream
 * rotation, on the frame already turned (so they stand upright in a rotated stream, as on the
 * hardware; positions are the rotated picture's corners). Text is expanded per frame
 * ({@link TextModifiers}) but drawn with Java2D only when the expanded text or the picture size
 * changes (a clock: once a second); images are decoded once per {@link #update} and scaled once per
 * picture size. Tiles are cached per overlay and rotation, so two rotations whose {@code #b}
 * differ do not redraw each other's text every frame. Blending into I420 is a few hundred
 * microseconds at 1080p.
 *
 * <p>Sizes are defined at the capture mode's full height ({@code referenceHeight}), the shorter side
 * of the picture (its width in a 90/270 stream): a smaller capture (only small streams running)
 * scales fonts and images with it, so every stream shows the same layout, turned or not.
 * {@code fontSize} 0 means 1/30 of that side. {@link #update} may be called from any thread and
 * applies from the next frame; {@link #apply} runs on the capture thread.
 */
public final class OverlayStage implements FrameOverlay {

    private static final Logger log = LoggerFactory.getLogger(OverlayStage.class);

    private final Clock clock;
    private final int referenceHeight;
    private final Supplier<String> hostName;
    private final PresetSupplier presets;
    private volatile List<Item> items = List.of();
    private volatile String dynamicText = "";
    // capture thread only (apply is synchronized for the rare overlap of an old and a new pipeline)
    /** By identity × 4 + rotation / 90. */
    private final Map<Integer, Cached> cache = new HashMap<>();
    private long lastCaptureNanos = Long.MIN_VALUE;
    private double meanIntervalNanos;
    private volatile long renders;

    /**
     * @param clock           the camera's wall clock and zone, for {@code %} codes
     * @param referenceHeight the capture mode's full height, at which font and image sizes hold
     */
    public OverlayStage(Clock clock, int referenceHeight, Supplier<String> hostName, PresetSupplier presets) {
        this.clock = clock;
        this.referenceHeight = referenceHeight;
        this.hostName = hostName;
        this.presets = presets;
    }

    private record Item(Overlay def, BufferedImage image) {
    }

    private static final class Cached {
        Overlay def;
        String key;
        int side; // the picture's shorter side the tile was drawn for
        OverlayTile tile;
    }

    /**
     * Replaces the overlays drawn from the next frame on. {@code images} decodes an uploaded image
     * by name (null when missing: that overlay is skipped and logged).
     */
    public void update(List<Overlay> overlays, Function<String, BufferedImage> images) {
        List<Item> next = new ArrayList<>();
        for (Overlay o : overlays) {
            if (o instanceof ImageOverlay i) {
                BufferedImage image = images.apply(i.overlayPath());
                if (image == null) {
                    log.warn("overlay {}: image {} is missing; not drawn", i.identity(), i.overlayPath());
                    continue;
                }
                next.add(new Item(o, image));
            } else {
                next.add(new Item(o, null));
            }
        }
        items = List.copyOf(next);
    }

    /** The text {@code #D} shows. */
    public void setDynamicText(String text) {
        dynamicText = text == null ? "" : text;
    }

    /** How many times text or images were drawn with Java2D (for tests of the cache). */
    public long renders() {
        return renders;
    }

    @Override
    public synchronized void apply(YuvFrame frame, Context context) {
        List<Item> now = items;
        if (now.isEmpty()) {
            cache.clear();
            return;
        }
        double fps = measureFps(context.captureNanos());
        int side = Math.min(frame.width(), frame.height());
        int turn = (context.rotation() / 90) & 3;
        OverlayFacts facts = null;
        for (Item item : now) {
            try {
                OverlayTile tile;
                if (item.def() instanceof TextOverlay t) {
                    if (facts == null && !TextModifiers.isConstant(t.text())) {
                        facts = facts(context, fps);
                    }
                    tile = textTile(t, facts, side, turn);
                } else {
                    tile = imageTile(item, side, turn);
                }
                if (tile != null) {
                    int[] at = item.def().position().place(frame.width(), frame.height(), tile.width(), tile.height());
                    TileBlender.blend(tile, frame, at[0], at[1]);
                }
            } catch (RuntimeException e) {
                log.warn("overlay {} not drawn: {}", item.def().identity(), e.toString());
            }
        }
        if (cache.size() > 4 * now.size()) {
            java.util.Set<Integer> live = new java.util.HashSet<>();
            now.forEach(i -> live.add(i.def().identity()));
            cache.keySet().removeIf(k -> !live.contains(k >> 2));
        }
    }

    private OverlayFacts facts(Context context, double fps) {
        return new OverlayFacts(ZonedDateTime.now(clock), context.view(), fps, context.bitrateKbps(),
                context.sequence(), presets.current(), hostName.get(), 1, dynamicText);
    }

    private OverlayTile textTile(TextOverlay t, OverlayFacts facts, int side, int turn) {
        String text = facts == null ? t.text() : TextModifiers.expand(t.text(), facts);
        Cached c = cache.computeIfAbsent(t.identity() * 4 + turn, k -> new Cached());
        if (c.def == t && c.side == side && text.equals(c.key)) {
            return c.tile;
        }
        int px = t.fontSize() == 0 ? Math.round(side / 30f)
                : Math.round((float) t.fontSize() * side / referenceHeight);
        BufferedImage image = TextRenderer.render(text, t.textColor(), t.textBGColor(), t.textOLColor(), Math.max(6, px));
        renders++;
        c.def = t;
        c.key = text;
        c.side = side;
        c.tile = image == null ? null : OverlayTile.of(image);
        return c.tile;
    }

    private OverlayTile imageTile(Item item, int side, int turn) {
        Cached c = cache.computeIfAbsent(item.def().identity() * 4 + turn, k -> new Cached());
        if (c.def == item.def() && c.side == side && c.key == null) {
            return c.tile;
        }
        BufferedImage image = item.image();
        if (side < referenceHeight) {
            image = scaled(image, (double) side / referenceHeight);
        }
        renders++;
        c.def = item.def();
        c.key = null;
        c.side = side;
        c.tile = OverlayTile.of(image);
        return c.tile;
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Frames per second from a moving average of capture intervals (0 until two frames). */
    private double measureFps(long captureNanos) {
        if (lastCaptureNanos != Long.MIN_VALUE && captureNanos > lastCaptureNanos) {
            long interval = captureNanos - lastCaptureNanos;
            meanIntervalNanos = meanIntervalNanos == 0 ? interval : meanIntervalNanos * 0.9 + interval * 0.1;
        }
        lastCaptureNanos = captureNanos;
        return meanIntervalNanos == 0 ? 0 : 1e9 / meanIntervalNanos;
    }
}
