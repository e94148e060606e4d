package org.ptzcam.media.world;

/**
 * Turns a material seen on a face at a distance into a flat pixel colour for one frame: ambient
 * light, a little sun-facing contrast, haze toward the horizon colour, lamps at night.
 * Results are packed as {@code grain << 24 | Y << 16 | U << 8 | V}, grain being the
 * {@link Grain#multiplier}.
 */
final class Shading {

    private final Atmosphere atm;
    // a structure's polygons share one distance: remember the last haze instead of exp() per polygon
    private double lastDistance = Double.NaN;
    private double lastHaze;

    Shading(Atmosphere atm) {
        this.atm = atm;
    }

    Atmosphere atmosphere() {
        return atm;
    }

    int shade(Poly p, double distanceM) {
        if (distanceM != lastDistance) {
            lastDistance = distanceM;
            lastHaze = atm.haze(distanceM);
        }
        return shade(p.material(), p.nx(), p.ny(), p.nz(), lastHaze);
    }

    /** Shade of a material on a face with normal n, a {@code haze} fraction (0…1) of the way into the haze. */
    int shade(Material m, double nx, double ny, double nz, double haze) {
        if (m == Material.SUN || m == Material.STAR || m == Material.MOON) {
            return pack(m.rgb, 0);
        }
        if (m == Material.CLOUD) {
            // clouds take the sky's tint: white by day, glowing at dusk, faint grey at night
            int lit = Colors.mixRgb(atm.horizonRgb(), m.rgb, 0.35 + 0.55 * atm.ambient());
            return pack(Colors.mixRgb(lit, atm.zenithRgb(), 0.25), 0);
        }
        if (m == Material.LAMP_POOL || m == Material.LAMP_POOL_CORE) {
            // lamp light adds to the pavement; it shows more the darker the rest is
            double lamp = (1 - atm.ambient()) * (m == Material.LAMP_POOL ? 0.35 : 0.7);
            double a = atm.ambient();
            int pave = Material.SIDEWALK.rgb, glow = m.nightRgb;
            int rgb = Colors.rgb(Colors.r(pave) * a + Colors.r(glow) * lamp, Colors.g(pave) * a + Colors.g(glow) * lamp,
                    Colors.b(pave) * a + Colors.b(glow) * lamp);
            return pack(Colors.mixRgb(rgb, atm.horizonRgb(), haze), m.grain / 2);
        }
        if (atm.lampsOn() && m.glowsAtNight()) {
            return pack(Colors.mixRgb(m.nightRgb, atm.horizonRgb(), haze * 0.5), m.grain / 2);
        }
        double s = atm.sunStrength();
        double sunDot = Math.max(0, nx * atm.sunX() + ny * atm.sunY() + nz * atm.sunZ());
        double light = atm.ambient() * (1 - 0.3 * s + 0.5 * s * sunDot);
        int rgb = Colors.rgb(Colors.r(m.rgb) * light, Colors.g(m.rgb) * light, Colors.b(m.rgb) * light);
        rgb = Colors.mixRgb(rgb, atm.horizonRgb(), haze);
        return pack(rgb, (int) Math.round(m.grain * Math.min(1, light) * (1 - haze)));
    }

    /** Packs a colour with its grain multiplier, limited so base ± grain stays within 0…255. */
    static int pack(int rgb, int grain) {
        int yuv = Colors.yuv(Colors.r(rgb), Colors.g(rgb), Colors.b(rgb));
        int y = Colors.y(yuv);
        return Grain.multiplier(Math.max(0, Math.min(grain, Math.min(y, 255 - y)))) << 24 | yuv;
    }
}
