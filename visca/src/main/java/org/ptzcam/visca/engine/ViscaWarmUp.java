package org.ptzcam.visca.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ptzcam.visca.InertViscaCamera;
import org.ptzcam.visca.codec.IpFrame;
import org.ptzcam.visca.codec.IpFrameDecoder;
import org.ptzcam.visca.codec.PayloadType;
import org.ptzcam.visca.codec.ReplyEncoder;
import org.ptzcam.visca.codec.RequestEncoder;
import org.ptzcam.visca.codec.ViscaRequest;
import org.ptzcam.visca.codec.ViscaRequest.FocusDrive;
import org.ptzcam.visca.codec.ViscaRequest.FocusModeSetting;
import org.ptzcam.visca.codec.ViscaRequest.LimitCorner;
import org.ptzcam.visca.codec.ViscaRequest.MemoryOp;
import org.ptzcam.visca.codec.ViscaRequest.PanDirection;
import org.ptzcam.visca.codec.ViscaRequest.TiltDirection;
import org.ptzcam.visca.codec.ViscaRequest.ZoomDrive;

/**
 * Runs every VISCA message form once through the decoders, a throwaway engine on an inert camera
 * and the reply encoder, when a transport starts. Why: the first message after start-up otherwise
 * pays for loading and linking all of that (the pattern switches over the sealed request and reply
 * types bootstrap on first use) — 300–400 ms measured on the 2-CPU test machine, which made the
 * first VISCA move of a run show in the video ten frames late (bench {@code CommandToFrame}).
 * The real camera is never touched. Once per process.
 */
public final class ViscaWarmUp {
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private ViscaWarmUp() {
    }

    public static void run() {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        ViscaEngine engine = new ViscaEngine(new InertViscaCamera());
        long seq = 1;
        for (ViscaRequest r : everyForm()) {
            byte[] message = RequestEncoder.encode(1, r);
            engine.receive(message, 0, message.length, "warm-up", reply -> ReplyEncoder.encode(1, reply));
            IpFrameDecoder.decode(new IpFrame(PayloadType.VISCA_COMMAND, seq++, message).encode());
        }
        byte[] unknown = {(byte) 0x81, 0x01, 0x7F, 0x7F, (byte) 0xFF};
        engine.receive(unknown, 0, unknown.length, reply -> ReplyEncoder.encode(1, reply));
        IpFrameDecoder.decode(new byte[] {1, 2, 3});
    }

    private static List<ViscaRequest> everyForm() {
        return List.of(new ViscaRequest.PowerInq(), new ViscaRequest.ZoomPosInq(), new ViscaRequest.FocusPosInq(),
                new ViscaRequest.FocusModeInq(), new ViscaRequest.PanTiltPosInq(), new ViscaRequest.PanTiltMaxSpeedInq(),
                new ViscaRequest.VersionInq(),
                new ViscaRequest.PanTiltDrive(0x18, 0x14, PanDirection.LEFT, TiltDirection.UP),
                new ViscaRequest.PanTiltDrive(3, 3, PanDirection.STOP, TiltDirection.STOP),
                new ViscaRequest.PanTiltAbsolute(0x18, 0x14, 144, -144, false),
                new ViscaRequest.PanTiltRelative(0x18, 0x14, 144, 0, true),
                new ViscaRequest.PanTiltHome(), new ViscaRequest.PanTiltReset(),
                new ViscaRequest.PanTiltLimitSet(LimitCorner.UP_RIGHT, 144, 144),
                new ViscaRequest.PanTiltLimitClear(LimitCorner.DOWN_LEFT),
                new ViscaRequest.Zoom(ZoomDrive.TELE, 5), new ViscaRequest.Zoom(ZoomDrive.STOP, ViscaRequest.Zoom.STANDARD),
                new ViscaRequest.ZoomDirect(0x2000), new ViscaRequest.ZoomFocusDirect(0x2000, 0x8000),
                new ViscaRequest.Focus(FocusDrive.FAR, 3), new ViscaRequest.FocusDirect(0x8000),
                new ViscaRequest.FocusMode(FocusModeSetting.MANUAL), new ViscaRequest.FocusOnePush(),
                new ViscaRequest.FocusInfinity(), new ViscaRequest.Memory(MemoryOp.SET, 0),
                new ViscaRequest.Memory(MemoryOp.RECALL, 0), new ViscaRequest.Memory(MemoryOp.RESET, 0),
                new ViscaRequest.Power(true), new ViscaRequest.Cancel(1), new ViscaRequest.IfClear(),
                new ViscaRequest.AddressSet(1));
    }
}
