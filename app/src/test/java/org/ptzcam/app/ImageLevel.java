package org.ptzcam.app;

import java.awt.image.BufferedImage;

/** How bright a decoded picture is: tells a black standby frame from the scene. */
public final class ImageLevel {

    private ImageLevel() {
    }

    /** Mean of R, G and B over every pixel, 0…255. */
    public static double mean(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                sum += ((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff);
            }
        }
        return sum / (3.0 * image.getWidth() * image.getHeight());
    }
}
