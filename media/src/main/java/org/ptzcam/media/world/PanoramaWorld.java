package org.ptzcam.media.world;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.view.Defocus;
import org.ptzcam.media.view.Projection;
import org.ptzcam.media.view.ViewState;

/**
 * A user-supplied equirectangular panorama as the world ({@code --scene FILE}, PNG or JPEG). The
 * image spans bearings −180° (left edge) … 0° (centre) … +180° (right edge) and elevations +90°
 * (top) … −90° (bottom); each output pixel samples it bilinearly along its own view direction.
 * The picture is still: time only matters for {@link #sceneLightLux}, which is constant and
 * derived from the panorama's mean brightness.
 */
public final class PanoramaWorld implements World {

    private final PanoramaSampler luma;
    private final PanoramaSampler chroma;
    private final double lux;

    private PanoramaWorld(PanoramaSampler luma, PanoramaSampler chroma, double meanLuma) {
        this.luma = luma;
        this.chroma = chroma;
        // mean luma 0…255 mapped log-linearly onto 0.1 … 100 000 lux
        this.lux = 0.1 * StrictMath.pow(10, 6 * meanLuma / 255);
    }

    public static PanoramaWorld load(Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) {
            throw new IOException("not a readable PNG or JPEG image: " + file);
        }
        return of(img);
    }

    /** A panorama from an image at least 4×2 pixels (ideally twice as wide as tall). */
    public static PanoramaWorld of(BufferedImage img) {
        int w = img.getWidth() & ~1, h = img.getHeight() & ~1;
        if (w < 4 || h < 2) {
            throw new IllegalArgumentException("panorama too small: " + img.getWidth() + "x" + img.getHeight());
        }
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        byte[] y = new byte[w * h], u = new byte[w * h / 4], v = new byte[w * h / 4];
        long sum = 0;
        for (int i = 0; i < w * h; i++) {
            int c = rgb[i];
            int yy = Colors.y(Colors.yuv(Colors.r(c), Colors.g(c), Colors.b(c)));
            y[i] = (byte) yy;
            sum += yy;
        }
        for (int r = 0; r < h / 2; r++) {
            for (int c = 0; c < w / 2; c++) {
                double rs = 0, gs = 0, bs = 0;
                for (int k = 0; k < 4; k++) {
                    int px = rgb[(2 * r + k / 2) * w + 2 * c + k % 2];
                    rs += Colors.r(px); gs += Colors.g(px); bs += Colors.b(px);
                }
                int yuv = Colors.yuv(rs / 4, gs / 4, bs / 4);
                u[r * w / 2 + c] = (byte) Colors.u(yuv);
                v[r * w / 2 + c] = (byte) Colors.v(yuv);
            }
        }
        return new PanoramaWorld(new PanoramaSampler(w, h, y, null), new PanoramaSampler(w / 2, h / 2, u, v),
                (double) sum / (w * h));
    }

    @Override
    public synchronized void render(YuvFrame out, ViewState view, long sceneTimeMillis) {
        Projection p = Projection.of(view, out.width(), out.height());
        luma.render(p, 1, out.y(), null, out.width(), out.height());
        chroma.render(p, 2, out.u(), out.v(), out.width() / 2, out.height() / 2);
        Defocus.apply(out, view.focus());
    }

    @Override
    public double sceneLightLux(long sceneTimeMillis) {
        return lux;
    }
}
