package org.ptzcam.device.overlay;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.device.settings.ClassicOverlaySettings;
import org.ptzcam.device.settings.InvalidSettingException;
import org.ptzcam.device.settings.SettingsGuard;
import org.ptzcam.device.settings.SettingsListener;
import org.ptzcam.device.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the overlays of the classic parameters ({@link ClassicOverlaySettings}) in the overlay model:
 * after every change of them (or of the capture mode, whose height sizes the text) it rebuilds a
 * text overlay and an image overlay and hands them to {@link Overlays#setClassic}, so param.cgi
 * overlays are drawn by the same stage, with the same modifiers, as dynamic ones. Its guard refuses
 * an {@code Image.OverlayPath} that names no uploaded image.
 *
 * <p>The text line is {@code [date] [clock] [string]}: {@code %F} if DateEnabled, {@code %T} if
 * ClockEnabled, then String if TextEnabled, joined by spaces; top or bottom left. With BGColor
 * transparent the glyphs get an outline in the other colour (none on a box).
 */
public final class ClassicOverlays implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClassicOverlays.class);

    /** Identities of the classic overlays: below the API's, which start at 1. */
    public static final int TEXT_IDENTITY = -1;
    public static final int IMAGE_IDENTITY = -2;

    private final Settings settings;
    private final Overlays overlays;
    private final SettingsListener listener;
    private final SettingsGuard guard;

    public ClassicOverlays(Settings settings, Overlays overlays) {
        this.settings = settings;
        this.overlays = overlays;
        this.guard = changes -> {
            String path = changes.get(ClassicOverlaySettings.OVERLAY_PATH);
            if (path != null && !path.isEmpty()) {
                checkImage(path);
            }
        };
        settings.addGuard(guard);
        this.listener = paths -> {
            if (ClassicOverlaySettings.affectedBy(paths) || CaptureSettings.affectedBy(paths)) {
                sync();
            }
        };
        settings.addListener(listener);
        sync();
    }

    private void checkImage(String path) throws InvalidSettingException {
        try {
            String name = OverlayImages.sanitise(path);
            if (!overlays.images().exists(name)) {
                throw new InvalidSettingException(ClassicOverlaySettings.OVERLAY_PATH, path,
                        "no uploaded overlay image named '" + name + "'");
            }
        } catch (OverlayException e) {
            throw new InvalidSettingException(ClassicOverlaySettings.OVERLAY_PATH, path, e.getMessage());
        }
    }

    /** Rebuilds the classic overlays from the current settings. */
    void sync() {
        ClassicOverlaySettings s = settings.classicOverlay();
        int captureWidth = settings.capture().captureMode().width();
        int captureHeight = settings.capture().captureMode().height();
        List<Overlay> drawn = new ArrayList<>();
        text(s, captureHeight).ifPresent(drawn::add);
        String image = imageName(s.overlayPath());
        if (s.imageEnabled() && !image.isEmpty()) {
            BufferedImage picture = overlays.images().read(image);
            if (picture == null) {
                log.warn("Image.OverlayPath names {}, which is missing: image overlay not drawn", image);
            } else {
                drawn.add(new ImageOverlay(IMAGE_IDENTITY, Overlays.CAMERA, image, placeAt(s.imageX(), s.imageY(),
                        picture.getWidth(), picture.getHeight(), captureWidth, captureHeight)));
            }
        }
        overlays.setClassic(drawn, image);
    }

    /** The text line, or empty when date, clock and text are all off (or the text is empty). */
    static Optional<TextOverlay> text(ClassicOverlaySettings s, int captureHeight) {
        List<String> parts = new ArrayList<>();
        if (s.dateEnabled()) {
            parts.add("%F");
        }
        if (s.clockEnabled()) {
            parts.add("%T");
        }
        if (s.textEnabled() && !s.string().isEmpty()) {
            parts.add(s.string());
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        OverlayPosition position = OverlayPosition.parse(s.position().equals("bottom") ? "bottomLeft" : "topLeft");
        return Optional.of(new TextOverlay(TEXT_IDENTITY, Overlays.CAMERA, String.join(" ", parts), position,
                OverlayColor.parse(s.color()), OverlayColor.parse(s.bgColor()), outline(s), fontSize(s.textSize(),
                        captureHeight)));
    }

    /** None on a box; on no box, the other colour, so white text stays readable on a bright sky. */
    private static OverlayColor outline(ClassicOverlaySettings s) {
        if (!s.bgColor().equals("transparent")) {
            return OverlayColor.TRANSPARENT;
        }
        return s.color().equals("white") ? OverlayColor.BLACK : OverlayColor.WHITE;
    }

    /** small, medium, large: 1/45, 1/30, 1/20 of the capture height, within the overlay font limits. */
    static int fontSize(String textSize, int captureHeight) {
        double share = switch (textSize) {
            case "small" -> 1 / 45.0;
            case "large" -> 1 / 20.0;
            default -> 1 / 30.0;
        };
        return Math.max(Overlays.MIN_FONT_SIZE, Math.min(Overlays.MAX_FONT_SIZE,
                (int) Math.round(captureHeight * share)));
    }

    /**
     * Pixel coordinates of the image's top-left corner as the normalised position that puts it there
     * ({@link OverlayPosition#place} inverted), clamped so the image stays inside the picture.
     */
    static OverlayPosition placeAt(int x, int y, int imageW, int imageH, int frameW, int frameH) {
        return OverlayPosition.at(normalised(x, frameW - imageW), normalised(y, frameH - imageH));
    }

    private static double normalised(int pixel, int room) {
        if (room <= 0) {
            return -1;
        }
        return Math.max(-1, Math.min(1, 2.0 * pixel / room - 1));
    }

    private static String imageName(String path) {
        if (path.isEmpty()) {
            return "";
        }
        try {
            return OverlayImages.sanitise(path);
        } catch (OverlayException e) {
            return ""; // the guard refuses such values; an old stored one just shows nothing
        }
    }

    @Override
    public void close() {
        settings.removeListener(listener);
        settings.removeGuard(guard);
    }
}
