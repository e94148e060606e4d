package org.ptzcam.media.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ptzcam.codec.YuvFrame;

/** Converts frames to pictures a person can look at: full-range BT.601 I420 → RGB. */
public final class FrameImages {

    private FrameImages() {
    }

    public static BufferedImage toImage(YuvFrame f) {
        int w = f.width(), h = f.height(), cw = w / 2;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int lum = f.y().get(y * w + x) & 255;
                int cb = (f.u().get((y / 2) * cw + x / 2) & 255) - 128;
                int cr = (f.v().get((y / 2) * cw + x / 2) & 255) - 128;
                row[x] = clamp(lum + 1.402 * cr) << 16 | clamp(lum - 0.344136 * cb - 0.714136 * cr) << 8
                        | clamp(lum + 1.772 * cb);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    public static void writePng(YuvFrame f, Path file) throws IOException {
        if (!ImageIO.write(toImage(f), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    private static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) (v + 0.5);
    }
}
