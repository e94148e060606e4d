package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zipstream on the real jar: the simulated town with its scene clock frozen (nothing moves), H.264
 * over RTSP recorded by ffmpeg and measured packet by packet by ffprobe, Zipstream off vs high (fixed
 * GOP) vs high with dynamic GOP.
 */
class ZipstreamIT {

    private static final String SCENE_TIME = "2026-06-21T15:30:00Z";
    private static final String STREAM = "/axis-media/media.amp?videocodec=h264&resolution=640x360&fps=25";

    @TempDir
    Path tmp;

    /** One packet of a recording: presentation time, bytes, key frame. */
    private record Packet(double time, int size, boolean key) {
    }

    private List<Packet> record(CameraProcess cam, String extraArgs, String name) throws Exception {
        Path file = tmp.resolve(name + ".mkv");
        FfTools.Run rec = FfTools.ffmpeg("-v", "error", "-y", "-rtsp_transport", "tcp", "-i",
                cam.rtspWithCredentials(STREAM + extraArgs), "-t", "8", "-c", "copy", "-f", "matroska", file.toString());
        assertThat(rec.exitCode()).as(rec.stderr()).isZero();
        FfTools.Run probe = FfTools.ffprobe("-v", "error", "-select_streams", "v:0", "-show_entries",
                "packet=pts_time,size,flags", "-of", "csv=p=0", file.toString());
        assertThat(probe.exitCode()).as(probe.stderr()).isZero();
        List<Packet> packets = new ArrayList<>();
        for (String line : probe.stdout().strip().split("\n")) {
            String[] f = line.split(",");
            packets.add(new Packet(Double.parseDouble(f[0]), Integer.parseInt(f[1]), f[2].contains("K")));
        }
        return packets;
    }

    /** kbit/s from 1 s after the first packet to 7 s (the join's key frame and start-up left out). */
    private static double kbps(List<Packet> packets) {
        double t0 = packets.get(0).time();
        long bytes = packets.stream().filter(p -> p.time() >= t0 + 1 && p.time() < t0 + 7).mapToLong(Packet::size).sum();
        return bytes * 8 / 1000.0 / 6;
    }

    private static long frames(List<Packet> packets, double from, double to) {
        double t0 = packets.get(0).time();
        return packets.stream().filter(p -> p.time() >= t0 + from && p.time() < t0 + to).count();
    }

    @Test
    void frozenSceneAtStrengthHighCostsAtMostHalfOfOff() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("data"), "--scene-time", SCENE_TIME,
                "--scene-time-rate", "0")) {
            List<Packet> off = record(cam, "&videozstrength=off", "off");
            List<Packet> high = record(cam, "&videozstrength=high", "high");
            List<Packet> dynamic = record(cam, "&videozstrength=high&videozgopmode=dynamic", "dynamic");
            double offKbps = kbps(off);
            double highKbps = kbps(high);
            double dynamicKbps = kbps(dynamic);
            System.out.printf("frozen scene, H.264 640x360@25 over RTSP: off %.1f kbit/s (%d key frames), high %.1f"
                    + " (%d key frames, %.2f of off), high + dynamic GOP %.1f (%d key frames)%n", offKbps, keys(off),
                    highKbps, keys(high), highKbps / offKbps, dynamicKbps, keys(dynamic));
            // the strength alone, with the same fixed GOP of 32 as off
            assertThat(highKbps).isLessThanOrEqualTo(0.5 * offKbps);
            assertThat(keys(off)).isGreaterThanOrEqualTo(5);
            assertThat(keys(high)).isBetween(keys(off) - 1, keys(off) + 1);
            // every frame still sent (a loaded machine may skip a capture slot now and then)
            assertThat(frames(high, 1, 7)).isCloseTo(frames(off, 1, 7), within(3L));
            // dynamic GOP on top sends only the joining viewer's key frame: next to nothing
            assertThat(keys(dynamic)).isEqualTo(1);
            assertThat(dynamicKbps).isLessThanOrEqualTo(0.1 * offKbps);
            assertThat(frames(dynamic, 1, 7)).isCloseTo(frames(off, 1, 7), within(3L));
        }
    }

    private static long keys(List<Packet> packets) {
        return packets.stream().filter(Packet::key).count();
    }

    @Test
    void streamTabDynamicFpsDropsAFrozenSceneToMinFps() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("data"), "--scene-time", SCENE_TIME,
                "--scene-time-rate", "0")) {
            Curl.Reply set = Curl.run(cam.http("/axis-cgi/param.cgi?action=update&Image.I0.MPEG.ZStrength=30"
                    + "&Image.I0.MPEG.ZFpsMode=dynamic&Image.I0.MPEG.ZMinFps=2"));
            assertThat(set.body()).isEqualTo("OK\n");
            assertThat(Curl.run(cam.http("/axis-cgi/param.cgi?action=list&group=Image.I0.MPEG.ZFpsMode")).body())
                    .isEqualTo("root.Image.I0.MPEG.ZFpsMode=dynamic\n");
            List<Packet> dynamic = record(cam, "", "dynamic");
            List<Packet> fixed = record(cam, "&videozfpsmode=fixed", "fixed");
            System.out.printf("frozen scene, frames in 6 s: dynamic FPS (min 2) %d, fixed %d%n",
                    frames(dynamic, 1, 7), frames(fixed, 1, 7));
            assertThat(frames(fixed, 1, 7)).isGreaterThanOrEqualTo(120);
            assertThat(frames(dynamic, 1, 7)).isBetween(10L, 14L);
            assertThat(Curl.run(cam.http("/axis-cgi/param.cgi?action=update&Image.I0.MPEG.ZStrength=25")).body())
                    .startsWith("# Error");
        }
    }
}
