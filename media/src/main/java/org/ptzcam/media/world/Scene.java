package org.ptzcam.media.world;

import java.util.List;

/**
 * Everything static in the simulated world, built once from a seed and never changed: the
 * ground map, far backdrop, ground decals (some only lit at night), standing structures, sky
 * objects and the moving actors' routes.
 */
record Scene(double cameraHeightM, GroundMap ground, List<Structure> backdrop, List<Poly> decals,
             List<Poly> nightDecals, List<Structure> structures, SkyObjects sky, Traffic traffic,
             List<BearingSign> signs) {
}
