package org.ptzcam.app;

import java.io.IOException;
import java.time.Clock;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.ptz.Preset;
import org.ptzcam.device.ptz.PtzPosition;
import org.ptzcam.device.ptz.PtzService;
import org.ptzcam.device.settings.CaptureSettings;
import org.ptzcam.media.pipeline.CaptureGeometry;
import org.ptzcam.media.image.ImageProcessor;
import org.ptzcam.media.live.LiveAudio;
import org.ptzcam.media.overlay.OverlayStage;
import org.ptzcam.media.overlay.PresetSupplier;
import org.ptzcam.media.pipeline.SceneClock;
import org.ptzcam.media.pipeline.VideoPipeline;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.PanoramaWorld;
import org.ptzcam.media.world.SimulatedWorld;
import org.ptzcam.media.world.World;

/** Builds a camera's video pipeline from its capture settings and scene options. */
final class MediaStage {

    private MediaStage() {
    }

    /** A running pipeline and the image processor and overlay stage whose settings change live. */
    record Video(VideoPipeline pipeline, ImageProcessor processor, OverlayStage overlays) {
    }

    /** The scene clock the video and audio share, so beeps and pictures tell the same time. */
    static SceneClock sceneClock(SceneOptions scene, Clock clock) {
        return scene.sceneStart() == null && scene.sceneTimeRate() == 1 ? SceneClock.realTime(clock)
                : SceneClock.startingAt(clock, scene.sceneStart() == null ? clock.instant() : scene.sceneStart(),
                        scene.sceneTimeRate());
    }

    /** The rendered view for a head position: the lens' magnification and how sharp its focus is. */
    static ViewState view(PtzPosition at) {
        return new ViewState(at.panDeg(), at.tiltDeg(), at.magnification(), at.sharpness());
    }

    /** For #p/#P: the preset whose position the head rests at, or null while moving or elsewhere. */
    static PresetSupplier.Preset presetAt(PtzService ptz) {
        PtzPosition at = ptz.position();
        if (at.moving()) {
            return null;
        }
        for (Preset p : ptz.presets()) {
            if (Math.abs(p.panDeg() - at.panDeg()) < 0.01 && Math.abs(p.tiltDeg() - at.tiltDeg()) < 0.01
                    && Math.abs(p.zoomStep() - at.zoomStep()) < 0.5) {
                return new PresetSupplier.Preset(p.number(), p.name());
            }
        }
        return null;
    }

    static LiveAudio openAudio(DeviceModel device, SceneOptions scene, Clock clock) {
        SceneClock sceneClock = sceneClock(scene, clock);
        return new LiveAudio(() -> AudioSettingsMapping.toInput(device.settings().audio(), scene.lineInFile()),
                sceneClock::nowMillis, scene.seed(), device.identity().serialNumber());
    }

    static Video open(DeviceModel device, SceneOptions scene, Clock clock) throws IOException {
        CaptureSettings capture = device.settings().capture();
        int w = capture.captureMode().width();
        int h = capture.captureMode().height();
        World world = scene.panorama() != null ? PanoramaWorld.load(scene.panorama()) : new SimulatedWorld(scene.seed());
        SceneClock sceneClock = sceneClock(scene, clock);
        ImageProcessor processor = new ImageProcessor(
                ImageSettingsMapping.toAdjustments(device.settings().image(), capture.stabilization()),
                capture.maxFps(), scene.seed(), scene.wind());
        // each frame renders where the PTZ head is at that instant: moves advance frame by frame
        PtzService ptz = device.ptz();
        // #b/#B: the pipeline hands each burn the bitrate of the busiest stream it feeds (media/README)
        OverlayStage overlays = new OverlayStage(clock.withZone(java.time.ZoneId.systemDefault()), h,
                () -> device.settings().network().hostName(), () -> presetAt(ptz));
        overlays.update(device.overlays().drawn(), device.overlays().images()::read);
        // standby (VISCA power off) blacks out the frame in place of the overlays: every stream shows it
        VideoPipeline pipeline = new VideoPipeline(world, processor, new StandbyPicture(device.power(), overlays),
                () -> view(ptz.position()), sceneClock,
                new CaptureGeometry(w, h, capture.maxFps()), device.identity().serialNumber(),
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        return new Video(pipeline, processor, overlays);
    }
}
