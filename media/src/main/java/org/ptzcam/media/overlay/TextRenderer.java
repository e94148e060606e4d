package org.ptzcam.media.overlay;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.ptzcam.device.overlay.OverlayColor;

/**
 * Draws overlay text with Java2D into a small ARGB image: a background box (any alpha), the glyph
 * outlines stroked in the outline colour, then filled in the text colour, anti-aliased. Lines are
 * separated by {@code \n}. Stateless and thread-safe; one font family for all text.
 */
public final class TextRenderer {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private TextRenderer() {
    }

    /** The text drawn with a {@code px}-pixel font, or null when there is nothing to draw. */
    public static BufferedImage render(String text, OverlayColor textColor, OverlayColor background,
            OverlayColor outline, int px) {
        if (text.isEmpty()) {
            return null;
        }
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, px);
        String[] lines = text.split("\n", -1);
        TextLayout[] layouts = new TextLayout[lines.length];
        int pad = Math.max(2, px / 5);
        float lineHeight = 0;
        float width = 0;
        for (int i = 0; i < lines.length; i++) {
            // TextLayout refuses empty strings: an empty line is a space
            layouts[i] = new TextLayout(lines[i].isEmpty() ? " " : lines[i], font, FRC);
            lineHeight = Math.max(lineHeight, layouts[i].getAscent() + layouts[i].getDescent() + layouts[i].getLeading());
            width = Math.max(width, layouts[i].getAdvance());
        }
        int w = (int) Math.ceil(width) + 2 * pad;
        int h = (int) Math.ceil(lineHeight * lines.length) + 2 * pad;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setComposite(AlphaComposite.Src);
            g.setColor(new Color(background.argb(), true));
            g.fillRect(0, 0, w, h);
            g.setComposite(AlphaComposite.SrcOver);
            BasicStroke stroke = new BasicStroke(Math.max(1.5f, px / 10f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            for (int i = 0; i < layouts.length; i++) {
                float baseline = pad + i * lineHeight + layouts[i].getAscent();
                Shape glyphs = layouts[i].getOutline(AffineTransform.getTranslateInstance(pad, baseline));
                if (!outline.invisible()) {
                    g.setColor(new Color(outline.argb(), true));
                    g.setStroke(stroke);
                    g.draw(glyphs);
                }
                g.setColor(new Color(textColor.argb(), true));
                g.fill(glyphs);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
