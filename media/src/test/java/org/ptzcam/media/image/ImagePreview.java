package org.ptzcam.media.image;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.FrameImages;
import org.ptzcam.media.view.ViewState;

/**
 * Writes PNGs of processed frames so a person can look at the image settings:
 * {@code ImagePreview OUT_DIR [WIDTHxHEIGHT]}. Each case runs a second of frames first so the
 * exposure loop has settled.
 */
public final class ImagePreview {

    private ImagePreview() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/image-preview");
        Files.createDirectories(out);
        int w = 640, h = 360;
        if (args.length > 1) {
            w = Integer.parseInt(args[1].substring(0, args[1].indexOf('x')));
            h = Integer.parseInt(args[1].substring(args[1].indexOf('x') + 1));
        }
        ImageAdjustments d = ImageAdjustments.defaults();
        ViewState street = ViewState.of(0, 0, 1);
        ViewState down = ViewState.of(0, -30, 1);
        write(out, "day_default", new ImageRig(d, w, h, 30, street, ImageRig.NOON), 30);
        write(out, "day_down", new ImageRig(d, w, h, 30, down, ImageRig.NOON), 30);
        write(out, "day_bright80_contrast80", new ImageRig(d.withBrightness(80).withContrast(80), w, h, 30, street,
                ImageRig.NOON), 30);
        write(out, "day_sat0", new ImageRig(d.withSaturation(0), w, h, 30, street, ImageRig.NOON), 30);
        write(out, "day_sat100", new ImageRig(d.withSaturation(100), w, h, 30, street, ImageRig.NOON), 30);
        write(out, "day_sharp0", new ImageRig(d.withSharpness(0), w, h, 30, ViewState.of(0, 0, 4), ImageRig.NOON), 30);
        write(out, "day_sharp100", new ImageRig(d.withSharpness(100), w, h, 30, ViewState.of(0, 0, 4), ImageRig.NOON), 30);
        write(out, "day_sharp50", new ImageRig(d, w, h, 30, ViewState.of(0, 0, 4), ImageRig.NOON), 30);
        write(out, "dusk_default", new ImageRig(d, w, h, 30, down, ImageRig.DUSK), 30);
        write(out, "night_default_ir", new ImageRig(d, w, h, 30, down, ImageRig.NIGHT), 90);
        write(out, "night_no_ir", new ImageRig(d.withIr(false, IrMode.AUTO, 100), w, h, 30, down, ImageRig.NIGHT), 90);
        write(out, "night_ir_manual30", new ImageRig(d.withIr(true, IrMode.MANUAL, 30), w, h, 30, down,
                ImageRig.NIGHT), 90);
        write(out, "night_gain48", new ImageRig(d.withIr(false, IrMode.AUTO, 0).withExposure(33, 48, 100), w, h, 30,
                street, ImageRig.NIGHT), 90);
        write(out, "night_gain6", new ImageRig(d.withIr(false, IrMode.AUTO, 0).withExposure(33, 6, 100), w, h, 30,
                street, ImageRig.NIGHT), 90);
        write(out, "night_shutter500_gain0", new ImageRig(d.withIr(false, IrMode.AUTO, 0).withExposure(500, 0, 0), w,
                h, 30, down, ImageRig.NIGHT), 90);
        ViewState tele = ViewState.of(0, 0, 4);
        write(out, "shake_off", new ImageRig(d, w, h, 30, tele, ImageRig.NOON), 17);
        write(out, "shake_stabilized", new ImageRig(d.withStabilization(true), w, h, 30, tele, ImageRig.NOON), 17);
    }

    private static void write(Path dir, String name, ImageRig rig, int frames) throws Exception {
        YuvFrame f = rig.run(frames);
        Path file = dir.resolve(name + ".png");
        FrameImages.writePng(f, file);
        ImageStatus s = rig.processor.status();
        System.out.printf("%-26s mean %5.1f  %s  exposure %.2f ms  gain %.1f dB  lux %.2f%n", name,
                FrameStats.meanLuma(f), s.night() ? (s.irOn() ? "night+IR" : "night   ") : "day     ", s.exposureMs(),
                s.gainDb(), s.lux());
    }
}
