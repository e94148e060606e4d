package org.ptzcam.app;

import java.nio.ByteBuffer;
import org.ptzcam.codec.YuvFrame;
import org.ptzcam.device.CameraPower;
import org.ptzcam.media.pipeline.FrameOverlay;

/**
 * The last stage before the encoders: in standby ({@link CameraPower} off, VISCA CAM_Power) the
 * frame becomes black — no scene, no overlays — as the video output of a camera block in standby;
 * otherwise the overlays are drawn. Every stream and snapshot shares the captured frame, so all
 * of them show it from the next frame on.
 */
final class StandbyPicture implements FrameOverlay {
    private final CameraPower power;
    private final FrameOverlay overlays;

    StandbyPicture(CameraPower power, FrameOverlay overlays) {
        this.power = power;
        this.overlays = overlays;
    }

    @Override
    public void apply(YuvFrame frame, Context context) {
        if (power.on()) {
            overlays.apply(frame, context);
        } else {
            black(frame);
        }
    }

    /** Full-range I420 black: Y 0, Cb = Cr = 128. The world repaints frames from its own cache. */
    static void black(YuvFrame frame) {
        int luma = frame.width() * frame.height();
        fill(frame.y(), luma, (byte) 0);
        fill(frame.u(), luma / 4, (byte) 128);
        fill(frame.v(), luma / 4, (byte) 128);
    }

    private static void fill(ByteBuffer plane, int length, byte value) {
        byte[] row = new byte[Math.min(length, 8192)];
        java.util.Arrays.fill(row, value);
        for (int at = 0; at < length; at += row.length) {
            plane.put(at, row, 0, Math.min(row.length, length - at));
        }
    }
}
