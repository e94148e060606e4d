package org.ptzcam.device.overlay;

import java.util.Objects;

/**
 * A text overlay as the dynamic overlay API defines it. The text may hold modifiers ({@code %T},
 * {@code #x}…) that the video stage expands per frame.
 *
 * @param fontSize pixels at the capture mode's full height; 0 = automatic (1/30 of the height)
 */
public record TextOverlay(int identity, int camera, String text, OverlayPosition position, OverlayColor textColor,
        OverlayColor textBGColor, OverlayColor textOLColor, int fontSize) implements Overlay {

    public TextOverlay {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(textColor, "textColor");
        Objects.requireNonNull(textBGColor, "textBGColor");
        Objects.requireNonNull(textOLColor, "textOLColor");
    }

    public TextOverlay withIdentity(int id) {
        return new TextOverlay(id, camera, text, position, textColor, textBGColor, textOLColor, fontSize);
    }
}
