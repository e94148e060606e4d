package org.ptzcam.codec;

import java.nio.ByteBuffer;
import java.util.Random;

/**
 * Synthetic moving pictures defined in resolution-independent coordinates, so the same frame
 * rendered at 640x480 and 320x240 can be compared after scaling.
 */
public final class TestFrames {

    private TestFrames() {
    }

    /** A smooth moving pattern: gradient, waves and a sliding disc. Frame {@code t} at 30 fps. */
    public static YuvFrame moving(int w, int h, int t) {
        return render(w, h, t, 0, 0);
    }

    /** The moving pattern plus seeded uniform noise of +-{@code amplitude} on luma (a third on chroma). */
    public static YuvFrame noisy(int w, int h, int t, int amplitude) {
        return render(w, h, t, amplitude, 1234L + t);
    }

    private static YuvFrame render(int w, int h, int t, int noise, long seed) {
        // frame t at 30 fps, captured exactly on the 90 kHz tick t * 3000
        YuvFrame f = YuvFrame.allocate(w, h, Timestamps.toNanos(t * 3000L, 90_000));
        Random random = new Random(seed);
        fill(f.y(), w, h, (u, v) -> luma(u, v, t), random, noise);
        fill(f.u(), w / 2, h / 2, (u, v) -> 128 + 50 * Math.sin(2 * Math.PI * (u + 0.02 * t)), random, noise / 3);
        fill(f.v(), w / 2, h / 2, (u, v) -> 128 + 50 * Math.cos(2 * Math.PI * (v - 0.02 * t)), random, noise / 3);
        return f;
    }

    private static double luma(double u, double v, int t) {
        double base = 40 + 75 * u + 60 * v;
        double wave = 35 * Math.sin(2 * Math.PI * (4 * u + 0.03 * t)) * Math.sin(2 * Math.PI * 3 * v);
        double cx = 0.2 + 0.6 * ((t * 0.02) % 1.0);
        double d = Math.hypot((u - cx) * 4 / 3, v - 0.5);
        double disc = 60 * smoothstep(0.14, 0.12, d);
        return base + wave + disc;
    }

    private static double smoothstep(double edge0, double edge1, double x) {
        double k = Math.max(0, Math.min(1, (x - edge0) / (edge1 - edge0)));
        return k * k * (3 - 2 * k);
    }

    private interface Field {
        double at(double u, double v);
    }

    private static void fill(ByteBuffer plane, int w, int h, Field field, Random random, int noise) {
        for (int y = 0; y < h; y++) {
            double v = (y + 0.5) / h;
            for (int x = 0; x < w; x++) {
                double value = field.at((x + 0.5) / w, v);
                if (noise > 0) {
                    value += random.nextInt(2 * noise + 1) - noise;
                }
                plane.put(y * w + x, (byte) Math.max(0, Math.min(255, (int) Math.round(value))));
            }
        }
    }
}
