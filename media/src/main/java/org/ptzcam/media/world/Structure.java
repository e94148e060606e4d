package org.ptzcam.media.world;

import java.util.List;

/**
 * A thing drawn as one unit in back-to-front order: a body always drawn, plus detail drawn only
 * when its typical feature ({@code detailSizeM}) would cover at least a couple of pixels, and finer
 * detail likewise. Bounds are an axis-aligned box in world metres.
 */
record Structure(List<Poly> body, List<Poly> detail, double detailSizeM, List<Poly> fine, double fineSizeM,
                 double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

    /** Distance from a point to the nearest point of the bounds: the painter's sort key. */
    double distanceFrom(double x, double y, double z) {
        double dx = Math.max(0, Math.max(minX - x, x - maxX));
        double dy = Math.max(0, Math.max(minY - y, y - maxY));
        double dz = Math.max(0, Math.max(minZ - z, z - maxZ));
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    double centerX() { return (minX + maxX) / 2; }
    double centerY() { return (minY + maxY) / 2; }
    double centerZ() { return (minZ + maxZ) / 2; }

    double radius() {
        double dx = maxX - minX, dy = maxY - minY, dz = maxZ - minZ;
        return Math.sqrt(dx * dx + dy * dy + dz * dz) / 2;
    }
}
