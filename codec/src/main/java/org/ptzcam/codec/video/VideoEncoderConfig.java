package org.ptzcam.codec.video;

import java.util.Objects;
import org.ptzcam.codec.VideoCodec;

/**
 * Everything that makes one encoded video stream distinct. Two requests with equal configs can
 * share one encoder: record equality is the sharing key.
 *
 * @param codec          the output format
 * @param width          output width in pixels, even; input of another size is scaled
 * @param height         output height in pixels, even
 * @param frameRate      nominal frame rate (rate control and VUI timing; timestamps come from
 *                       the frames' capture times)
 * @param compression    0..100, Axis semantics: higher means smaller and lower quality; see
 *                       {@link QualityMapping}
 * @param gopLength      frames from one key frame to the next (1 = all key frames); ignored by MJPEG
 * @param bitrateControl VBR, MBR or ABR
 * @param preset         encoder speed preset (zero-latency tuning in every preset)
 * @param zipstream      Zipstream (static-region quantizer offsets, dynamic GOP and FPS); ignored by MJPEG
 * @param h264Profile    the H.264 profile; ignored by the other codecs
 */
public record VideoEncoderConfig(VideoCodec codec, int width, int height, FrameRate frameRate,
                                 int compression, int gopLength, BitrateControl bitrateControl,
                                 EncoderPreset preset, Zipstream zipstream, H264Profile h264Profile) {

    /** Axis default compression. */
    public static final int DEFAULT_COMPRESSION = 30;
    /** Axis default GOP length. */
    public static final int DEFAULT_GOP_LENGTH = 32;

    public VideoEncoderConfig {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(frameRate, "frameRate");
        Objects.requireNonNull(bitrateControl, "bitrateControl");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(zipstream, "zipstream");
        Objects.requireNonNull(h264Profile, "h264Profile");
        if (width < 16 || height < 16 || width > 8192 || height > 8192 || (width & 1) != 0 || (height & 1) != 0) {
            throw new IllegalArgumentException("resolution must be even and 16..8192: " + width + "x" + height);
        }
        if (compression < 0 || compression > 100) {
            throw new IllegalArgumentException("compression must be 0..100: " + compression);
        }
        if (gopLength < 1 || gopLength > 1000) {
            throw new IllegalArgumentException("GOP length must be 1..1000 frames: " + gopLength);
        }
    }

    /**
     * A config with Axis defaults: compression 30, GOP 32, VBR, ultrafast; H.264 in the cheapest
     * profile, baseline (stream requests get the Stream tab's profile, high by default, through
     * {@link #withH264Profile}).
     */
    public static VideoEncoderConfig of(VideoCodec codec, int width, int height, int fps) {
        return new VideoEncoderConfig(codec, width, height, FrameRate.of(fps), DEFAULT_COMPRESSION,
                DEFAULT_GOP_LENGTH, BitrateControl.vbr(), EncoderPreset.ULTRAFAST, Zipstream.OFF, H264Profile.BASELINE);
    }

    public VideoEncoderConfig withResolution(int newWidth, int newHeight) {
        return new VideoEncoderConfig(codec, newWidth, newHeight, frameRate, compression, gopLength, bitrateControl, preset, zipstream, h264Profile);
    }

    public VideoEncoderConfig withFrameRate(FrameRate newRate) {
        return new VideoEncoderConfig(codec, width, height, newRate, compression, gopLength, bitrateControl, preset, zipstream, h264Profile);
    }

    public VideoEncoderConfig withCompression(int newCompression) {
        return new VideoEncoderConfig(codec, width, height, frameRate, newCompression, gopLength, bitrateControl, preset, zipstream, h264Profile);
    }

    public VideoEncoderConfig withGopLength(int newGop) {
        return new VideoEncoderConfig(codec, width, height, frameRate, compression, newGop, bitrateControl, preset, zipstream, h264Profile);
    }

    public VideoEncoderConfig withBitrateControl(BitrateControl newControl) {
        return new VideoEncoderConfig(codec, width, height, frameRate, compression, gopLength, newControl, preset, zipstream, h264Profile);
    }

    public VideoEncoderConfig withPreset(EncoderPreset newPreset) {
        return new VideoEncoderConfig(codec, width, height, frameRate, compression, gopLength, bitrateControl, newPreset, zipstream, h264Profile);
    }

    public VideoEncoderConfig withZipstream(Zipstream newZipstream) {
        return new VideoEncoderConfig(codec, width, height, frameRate, compression, gopLength, bitrateControl, preset,
                newZipstream, h264Profile);
    }

    /** The same stream in another H.264 profile. */
    public VideoEncoderConfig withH264Profile(H264Profile newProfile) {
        return new VideoEncoderConfig(codec, width, height, frameRate, compression, gopLength, bitrateControl, preset,
                zipstream, newProfile);
    }

    /** B-frames an H.264 or H.265 encoder puts between reference frames for "optimize for storage". */
    public static final int STORAGE_B_FRAMES = 2;

    /**
     * B-frames between reference frames: {@value #STORAGE_B_FRAMES} for H.264 and H.265 when Zipstream
     * optimizes for storage, else none. B-frames cost {@code bFrames} frames of latency and need a
     * consumer that takes pictures out of presentation order; SVT-AV1's low-delay mode has no
     * reordering at all, so AV1 never gets them; nor does an H.264 stream asked for the baseline
     * profile, which has no B slices (the profile a client names wins over the storage setting).
     */
    public int bFrames() {
        boolean reorders = codec == VideoCodec.H265 || codec == VideoCodec.H264 && h264Profile != H264Profile.BASELINE;
        return zipstream.storage() && reorders ? STORAGE_B_FRAMES : 0;
    }

    /** Zipstream as the encoder applies it: off for MJPEG, which Zipstream does not cover. */
    public Zipstream effectiveZipstream() {
        return codec == VideoCodec.MJPEG ? Zipstream.OFF : zipstream;
    }
}
