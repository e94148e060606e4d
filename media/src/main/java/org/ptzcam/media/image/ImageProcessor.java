package org.ptzcam.media.image;

import java.util.Arrays;
import java.util.Objects;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.media.pipeline.ImageStage;
import org.ptzcam.media.view.ViewState;
import org.ptzcam.media.world.SimulatedWorld;

/**
 * The image stage between the world render and the encoders: what the sensor and its image
 * processor do to the picture the lens sees. One per video pipeline; stateful (exposure loop,
 * day/night hysteresis, previous frame for shutter blur) and driven by one thread, except
 * {@link #update}, which any thread may call.
 *
 * <h2>Model</h2>
 * <ul>
 * <li><b>Light.</b> The world renders what a well-exposed camera would show by day, compressing
 *     night into a dim picture. The sensor at the base shutter (half the frame period) and 0 dB
 *     gets {@code render × sqrt(lux / 400 lx)} — plenty by day (a noon scene needs a ~1 ms shutter),
 *     far too little at night (0.2 lx needs ~37 dB). Night mode (IR-cut filter out) is one stop more
 *     sensitive.</li>
 * <li><b>Auto exposure</b> ({@link AutoExposure}) meters a sparse, center-weighted histogram of the
 *     frame at the exposure in use and steers the total amplification to a mean luma of ~112 over
 *     a few frames (99 % within a second), split between shutter and gain by max shutter, max gain
 *     and the blur-noise trade-off. A scene too dark for the limits stays dark.</li>
 * <li><b>Shutter longer than the base</b> integrates motion: the frame is blended with the previous
 *     processed frame with weight {@code 1 − base/shutter} (≤ 0.9), so moving people and cars smear
 *     while static parts stay sharp (and noise averages down, as it does in a long exposure).</li>
 * <li><b>Gain</b> multiplies the signal and adds Gaussian noise of σ = 0.3 × (linear gain − 1)
 *     luma steps (≈ 19 at 36 dB) from a seeded table ({@link SensorNoise}); chroma gets half that
 *     in colour mode, and colour is suppressed above 18 dB.</li>
 * <li><b>Day/night</b> ({@link DayNightSwitch}): night = grayscale (U = V = 128), auto with a
 *     shift-level threshold, ×4 hysteresis and a 2 s hold.</li>
 * <li><b>IR illumination</b> ({@link IrIlluminator}): at night if allowed, 1/d² light on the ground
 *     each row sees: near ground brightens most (and, IR being metered like any light, lets auto
 *     exposure take gain back); it saturates where the exposure is held at its limits.</li>
 * <li><b>Appearance</b> ({@link PointOps}, {@link Sharpness}): brightness offset, contrast around
 *     mid-grey and the sensor amplification in one luma table; saturation scales chroma;
 *     sharpness blurs below 50 and unsharp-masks above.</li>
 * <li><b>Stabilization</b>: {@link #viewToRender} adds wind shake ({@link WindShake}, ±0.3°), of
 *     which 8 % remains with stabilization on; {@link #process} then keeps the central 90 % and
 *     scales it back to full size ({@link CentralCrop}) — steadier, slightly narrower.</li>
 * </ul>
 * Order per frame: IR → meter → exposure → luma table + noise → sharpness → chroma → shutter blend
 * → stabilization crop. Everything is deterministic for a seed and the sequence of frame times.
 */
public final class ImageProcessor implements ImageStage {

    /** Sensor luma at the base exposure equals the render at this illuminance. */
    static final double REFERENCE_LUX = 400;
    /** Night mode gains a stop by letting near-infrared through. */
    static final double NIGHT_SENSITIVITY = 2;
    /** Stabilization keeps this fraction of width and height. */
    public static final double STABILIZED_KEEP = 0.9;
    /** Fraction of the wind shake left with stabilization on. */
    static final double STABILIZED_RESIDUAL = 0.08;
    static final double MAX_BLUR_WEIGHT = 0.9;
    /** Metering samples every 4th pixel of every 4th row. */
    private static final int METER_STEP = 4;
    /** The central quarter of the picture counts this many times in metering. */
    private static final int CENTER_WEIGHT = 3;
    /** Start of the region of {@code clamp} that saturated inputs index. */
    private static final int SATURATED_BASE = 1024;

    private final AutoExposure exposure;
    private final DayNightSwitch dayNight = new DayNightSwitch();
    private final SensorNoise noise;
    private final SensorNoise.Scaled lumaNoise;
    private final SensorNoise.Scaled chromaNoise;
    private final WindShake wind;
    private final Sharpness sharpness = new Sharpness();
    private final CentralCrop crop = new CentralCrop(STABILIZED_KEEP);
    private final int[] lumaLut = new int[256];
    private final boolean[] saturated = new boolean[256];
    private final boolean[] neverSaturated = new boolean[256];
    private final int[] shiftedLut = new int[256];
    private final int[] chromaLut = new int[256];
    private final long[] histogram = new long[256];
    private final int[] clamp = new int[SATURATED_BASE + 256];
    private volatile ImageAdjustments adjustments;
    private volatile ImageStatus status = new ImageStatus(false, false, 0, 0, 0);

    private int width = -1;
    private int height = -1;
    private byte[] y;
    private byte[] u;
    private byte[] v;
    private byte[] prevY;
    private byte[] prevU;
    private byte[] prevV;
    private boolean prevValid;
    private byte[] cropOut;
    private int[] irRows;

    /** A processor on a mast in full wind (see {@link #ImageProcessor(ImageAdjustments, double, long, double)}). */
    public ImageProcessor(ImageAdjustments initial, double captureFps, long seed) {
        this(initial, captureFps, seed, 1);
    }

    /**
     * @param wind how exposed the mount is, 0 (calm: no shake) to 1 (±{@value WindShake#MAX_DEG}° gusts).
     *             A shaking picture is what stabilization is for — and it moves every pixel, so it
     *             also costs the encoders far more bits and CPU, as on a real camera.
     */
    public ImageProcessor(ImageAdjustments initial, double captureFps, long seed, double wind) {
        if (!(wind >= 0 && wind <= 1)) {
            throw new IllegalArgumentException("wind must be in [0, 1]: " + wind);
        }
        if (!(captureFps > 0 && captureFps <= 240)) {
            throw new IllegalArgumentException("capture fps must be in (0, 240]: " + captureFps);
        }
        this.adjustments = Objects.requireNonNull(initial, "initial");
        this.exposure = new AutoExposure(captureFps);
        this.noise = new SensorNoise(seed);
        this.lumaNoise = noise.new Scaled();
        this.chromaNoise = noise.new Scaled();
        this.wind = new WindShake(seed, wind);
        for (int i = 0; i < SATURATED_BASE; i++) {
            clamp[i] = Math.max(0, Math.min(255, i - 256)); // index = value + 256
        }
    }

    /** New settings, taking effect at the next frame. Thread-safe. */
    public void update(ImageAdjustments adjustments) {
        this.adjustments = Objects.requireNonNull(adjustments, "adjustments");
    }

    public ImageAdjustments adjustments() {
        return adjustments;
    }

    /** What the last frame's exposure, gain, day/night and IR were. Thread-safe. */
    public ImageStatus status() {
        return status;
    }

    /**
     * The view to render this frame: the requested view plus the wind shake at this scene time
     * (deterministic in time), mostly cancelled when stabilization is on.
     */
    @Override
    public ViewState viewToRender(ViewState requested, long sceneTimeMillis) {
        double k = adjustments.stabilization() ? STABILIZED_RESIDUAL : 1;
        return new ViewState(requested.panDeg() + k * wind.panDeg(sceneTimeMillis),
                requested.tiltDeg() + k * wind.tiltDeg(sceneTimeMillis), requested.zoom(), requested.focus());
    }

    /**
     * Applies exposure, gain and noise, day/night, IR, brightness/contrast/saturation/sharpness,
     * shutter blur and the stabilization crop to a rendered frame, in place.
     *
     * @param rendered        the view the frame was rendered with ({@link #viewToRender})
     * @param sceneLux        the scene illuminance ({@code World.sceneLightLux})
     * @param sceneTimeMillis the frame's scene time; seeds the noise and times the day/night hold
     */
    @Override
    public void process(YuvFrame frame, ViewState rendered, double sceneLux, long sceneTimeMillis) {
        ImageAdjustments adj = adjustments;
        int w = frame.width(), h = frame.height(), n = w * h, nc = n / 4;
        buffers(w, h);
        frame.y().get(0, y, 0, n);

        boolean night = dayNight.update(adj.dayNight(), adj.dayNightShiftLevel(), sceneLux, sceneTimeMillis);
        double irIntensity = !night || !adj.irAllowed() ? 0
                : adj.irMode() == IrMode.AUTO ? IrIlluminator.autoIntensity(sceneLux) : adj.irIntensity() / 100.0;
        if (irIntensity > 0) {
            irRows = IrIlluminator.rowFactors(rendered, w, h, SimulatedWorld.CAMERA_HEIGHT_M, irIntensity, sceneLux,
                    irRows);
            illuminate(w, h);
        }

        double sensitivity = sensorSensitivity(sceneLux) * (night ? NIGHT_SENSITIVITY : 1);
        meter(w, h, sensitivity, adj);
        double amplification = sensitivity * Math.pow(2, exposure.totalStops());
        double gainDb = exposure.gainDb();

        PointOps.luma(amplification, adj.brightness(), adj.contrast(), lumaLut, saturated);
        double sigma = SensorNoise.sigmaForGainDb(gainDb);
        mapPlane(y, w, h, lumaLut, saturated, lumaNoise, sigma, 0, sceneTimeMillis);
        sharpness.apply(y, w, h, adj.sharpness());

        if (night) {
            Arrays.fill(u, 0, nc, (byte) 128);
            Arrays.fill(v, 0, nc, (byte) 128);
        } else {
            frame.u().get(0, u, 0, nc);
            frame.v().get(0, v, 0, nc);
            double scale = PointOps.saturationFactor(adj.saturation()) * PointOps.chromaSuppression(gainDb)
                    * Math.max(0.25, Math.min(4, amplification));
            PointOps.chroma(scale, chromaLut);
            mapPlane(u, w / 2, h / 2, chromaLut, neverSaturated, chromaNoise, sigma / 2, 1, sceneTimeMillis);
            mapPlane(v, w / 2, h / 2, chromaLut, neverSaturated, chromaNoise, sigma / 2, 2, sceneTimeMillis);
        }

        shutterBlend(n, nc, night);

        if (adj.stabilization()) {
            crop.apply(y, cropOut, w, h);
            frame.y().put(0, cropOut, 0, n);
            crop.apply(u, cropOut, w / 2, h / 2);
            frame.u().put(0, cropOut, 0, nc);
            crop.apply(v, cropOut, w / 2, h / 2);
            frame.v().put(0, cropOut, 0, nc);
        } else {
            frame.y().put(0, y, 0, n);
            frame.u().put(0, u, 0, nc);
            frame.v().put(0, v, 0, nc);
        }
        status = new ImageStatus(night, irIntensity > 0, exposure.exposureMs(), gainDb, sceneLux);
    }

    /** Sensor signal at the base exposure relative to the render: √(lux / 400 lx). */
    static double sensorSensitivity(double lux) {
        return Math.sqrt(Math.max(lux, 0.01) / REFERENCE_LUX);
    }

    /** Weight of the previous frame for a shutter of {@code shutterOverBase} × the base. */
    static double blurWeight(double shutterOverBase) {
        return Math.min(MAX_BLUR_WEIGHT, Math.max(0, 1 - 1 / shutterOverBase));
    }

    private void buffers(int w, int h) {
        if (w == width && h == height) {
            return;
        }
        width = w;
        height = h;
        y = new byte[w * h];
        u = new byte[w * h / 4];
        v = new byte[w * h / 4];
        prevY = new byte[w * h];
        prevU = new byte[w * h / 4];
        prevV = new byte[w * h / 4];
        prevValid = false;
        cropOut = new byte[w * h];
    }

    /** Multiplies each row of the luma by its IR factor (8.8 fixed point), saturating. */
    private void illuminate(int w, int h) {
        for (int row = 0; row < h; row++) {
            int f = irRows[row];
            if (f <= 257) {
                continue;
            }
            for (int i = row * w, end = i + w; i < end; i++) {
                int s = ((y[i] & 255) * f + 128) >> 8;
                y[i] = (byte) (s > 255 ? 255 : s);
            }
        }
    }

    /**
     * Center-weighted metering: a histogram of a sparse grid of the luma in which the central
     * quarter of the picture counts {@link #CENTER_WEIGHT} times, then one exposure-loop step.
     */
    private void meter(int w, int h, double sensitivity, ImageAdjustments adj) {
        long[] hist = histogram;
        Arrays.fill(hist, 0);
        int cx0 = w / 4, cx1 = 3 * w / 4, cy0 = h / 4, cy1 = 3 * h / 4;
        for (int row = METER_STEP / 2; row < h; row += METER_STEP) {
            boolean centralRow = row >= cy0 && row < cy1;
            for (int x = METER_STEP / 2, o = row * w; x < w; x += METER_STEP) {
                hist[y[o + x] & 255] += centralRow && x >= cx0 && x < cx1 ? CENTER_WEIGHT : 1;
            }
        }
        double k = sensitivity * Math.pow(2, exposure.totalStops());
        double count = 0, open = 0, metered = 0;
        for (int val = 0; val < 256; val++) {
            count += hist[val];
            open += hist[val] * val * sensitivity;
            metered += hist[val] * Math.min(255, val * k);
        }
        count = Math.max(count, 1);
        exposure.step(metered / count, open / count, adj);
    }

    /**
     * {@code p[i] = lut[p[i]]}, plus table noise of {@code sigma} except where the sensor saturated
     * ({@code saturated[v]}: clipped white carries no noise).
     */
    private void mapPlane(byte[] p, int w, int h, int[] lut, boolean[] saturated, SensorNoise.Scaled scaled,
            double sigma, int plane, long time) {
        if (sigma < 0.5) {
            for (int i = 0, n = w * h; i < n; i++) {
                p[i] = (byte) lut[p[i] & 255];
            }
            return;
        }
        // clamp[] is indexed by value + 256 + noise; saturated inputs (all the same output) index a
        // second region, 1024…1279, that holds their output whatever the noise
        int[] shifted = shiftedLut;
        for (int val = 0; val < 256; val++) {
            shifted[val] = saturated[val] ? SATURATED_BASE + 128 : lut[val] + 256;
            if (saturated[val] && (val == 0 || !saturated[val - 1])) {
                Arrays.fill(clamp, SATURATED_BASE, SATURATED_BASE + 256, lut[val]);
            }
        }
        byte[] table = scaled.at(sigma);
        int[] c = clamp;
        for (int row = 0; row < h; row++) {
            int t = noise.rowStart(time, plane, row, w), o = row * w;
            for (int x = 0; x < w; x++) {
                p[o + x] = (byte) c[shifted[p[o + x] & 255] + table[t + x]];
            }
        }
    }

    /**
     * Blends with the previous processed frame when the shutter is longer than the base. At night
     * the chroma stays neutral: the IR-cut filter switches at once, colour does not fade out.
     */
    private void shutterBlend(int n, int nc, boolean night) {
        double weight = blurWeight(exposure.shutterOverBase());
        int wp = (int) Math.round(weight * 256);
        if (wp == 0) {
            prevValid = false;
            return;
        }
        if (prevValid) {
            blend(y, prevY, n, wp);
            if (!night) {
                blend(u, prevU, nc, wp);
                blend(v, prevV, nc, wp);
            }
        } else {
            System.arraycopy(y, 0, prevY, 0, n);
        }
        if (night || !prevValid) {
            System.arraycopy(u, 0, prevU, 0, nc);
            System.arraycopy(v, 0, prevV, 0, nc);
        }
        prevValid = true;
    }

    /** {@code cur = cur + (prev − cur)·wp/256}, then {@code prev = cur}. */
    private static void blend(byte[] cur, byte[] prev, int n, int wp) {
        for (int i = 0; i < n; i++) {
            int c = cur[i] & 255;
            cur[i] = (byte) (c + ((((prev[i] & 255) - c) * wp + 128) >> 8));
        }
        System.arraycopy(cur, 0, prev, 0, n);
    }
}
