package org.ptzcam.media.world;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.FrameImages;
import org.ptzcam.media.view.ViewState;

/**
 * Writes PNGs of rendered frames so a person can look at the world:
 * {@code RenderPreview OUT_DIR [WIDTHxHEIGHT] [TIME_ISO] [pan,tilt,zoom[,focus]]...}, default
 * 1280×720 at 2025-06-21T12:00:00Z with a handful of views. Optional {@code --scene FILE} renders a
 * panorama instead.
 */
public final class RenderPreview {

    private RenderPreview() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: RenderPreview OUT_DIR [--scene FILE] [WxH] [ISO_TIME] [pan,tilt,zoom[,focus]]...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        int w = 1280, h = 720;
        long time = Instant.parse("2025-06-21T12:00:00Z").toEpochMilli();
        World world = null;
        java.util.List<ViewState> views = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--scene")) {
                world = PanoramaWorld.load(Path.of(args[++i]));
            } else if (a.matches("\\d+x\\d+")) {
                w = Integer.parseInt(a.substring(0, a.indexOf('x')));
                h = Integer.parseInt(a.substring(a.indexOf('x') + 1));
            } else if (a.contains("T")) {
                time = Instant.parse(a).toEpochMilli();
            } else {
                String[] v = a.split(",");
                views.add(new ViewState(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                        v.length > 3 ? Double.parseDouble(v[3]) : 1));
            }
        }
        if (world == null) {
            world = new SimulatedWorld(1);
        }
        if (views.isEmpty()) {
            views.add(ViewState.of(0, 0, 1));
            views.add(ViewState.of(90, -10, 1));
            views.add(ViewState.of(180, -25, 1));
            views.add(ViewState.of(0, 3, 10));
            views.add(ViewState.of(0, 0, 30));
        }
        YuvFrame frame = YuvFrame.allocate(w, h, 0);
        for (ViewState v : views) {
            world.render(frame, v, time);
            Path file = out.resolve(String.format("view_p%.0f_t%.0f_z%.0f_f%.1f.png", v.panDeg(), v.tiltDeg(), v.zoom(), v.focus()));
            FrameImages.writePng(frame, file);
            System.out.println(file);
        }
    }
}
