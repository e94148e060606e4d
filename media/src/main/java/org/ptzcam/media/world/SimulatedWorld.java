package org.ptzcam.media.world;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.Defocus;
import org.ptzcam.media.view.ViewState;

/**
 * A procedural town seen from a camera on a 12 m mast in the middle of a plaza: streets with cars,
 * people walking, buildings, landmarks and bearing signs every 30° on the horizon, sky, sun, clouds
 * and stars, daylight following the scene clock. Everything is a pure function of the seed, the
 * view and the scene time. See the module README for the layout.
 */
public final class SimulatedWorld implements World {

    /** Height of the camera above the ground; it stands at x = z = 0. */
    public static final double CAMERA_HEIGHT_M = 12;
    /** Daylight (sun, sky and surface colours) is painted as at the start of its second. */
    static final long LIGHT_STEP_MS = 1000;

    private final long seed;
    private final ZoneId zone;
    private final Scene scene;
    private final ScenePainter painter;
    private Scanline scanline;

    /** A world whose clock runs in UTC. */
    public SimulatedWorld(long seed) {
        this(seed, ZoneOffset.UTC);
    }

    /** A world whose daylight follows local time in a zone (the device clock's zone). */
    public SimulatedWorld(long seed, ZoneId zone) {
        this.seed = seed;
        this.zone = zone;
        double h = CAMERA_HEIGHT_M;
        Town town = new Town(seed, h);
        Furniture furniture = new Furniture(seed, h);
        Landmarks landmarks = new Landmarks(seed, h);
        BearingSigns signs = new BearingSigns(h);
        List<Structure> standing = new java.util.ArrayList<>(town.buildings());
        standing.addAll(furniture.structures());
        standing.addAll(landmarks.structures());
        standing.addAll(signs.structures());
        this.scene = new Scene(h, town.ground(), Backdrop.build(seed, h), furniture.decals(),
                furniture.nightDecals(), List.copyOf(standing), new SkyObjects(seed, h), new Traffic(seed, h),
                List.copyOf(signs.signs()));
        this.painter = new ScenePainter(seed);
    }

    public long seed() {
        return seed;
    }

    @Override
    public synchronized void render(YuvFrame out, ViewState view, long sceneTimeMillis) {
        if (scanline == null || scanline.width != out.width() || scanline.height != out.height()) {
            scanline = new Scanline(out.width(), out.height());
        }
        // light steps once a second, so frames within a second can share every row no actor crosses
        long lightTime = Math.floorDiv(sceneTimeMillis, LIGHT_STEP_MS) * LIGHT_STEP_MS;
        painter.paint(scanline, scene, view, sceneTimeMillis, daylight(lightTime), out);
        Defocus.apply(out, view.focus());
    }

    /** The sun at a scene time in this world's zone. */
    public Daylight daylight(long sceneTimeMillis) {
        return Daylight.at(sceneTimeMillis, zone);
    }

    @Override
    public double sceneLightLux(long sceneTimeMillis) {
        return daylight(sceneTimeMillis).lux();
    }

    /** Where every person and vehicle is at a scene time. */
    public List<SceneActor> actorsAt(long sceneTimeMillis) {
        return scene.traffic().actorsAt(sceneTimeMillis);
    }

    /** The bearing signs on the horizon, one every 30°. */
    public List<BearingSign> bearingSigns() {
        return scene.signs();
    }
}
