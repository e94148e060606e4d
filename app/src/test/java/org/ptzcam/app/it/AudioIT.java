package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live audio over /axis-cgi/audio/receive.cgi, decoded by ffprobe/ffmpeg, following Audio settings. */
class AudioIT {

    @TempDir
    Path tmp;

    /** RMS of consecutive 50 ms windows of 8 kHz mono s16le. */
    private static double[] windowRms(byte[] pcm) {
        ByteBuffer b = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        int samples = pcm.length / 2;
        int window = 400;
        double[] rms = new double[samples / window];
        for (int w = 0; w < rms.length; w++) {
            double sum = 0;
            for (int i = 0; i < window; i++) {
                double s = b.getShort((w * window + i) * 2);
                sum += s * s;
            }
            rms[w] = Math.sqrt(sum / window);
        }
        return rms;
    }

    @Test
    void aacAndG711StreamsDecodeAndCarryTheOncePerSecondBeep() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("cam"))) {
            Path aac = tmp.resolve("live.aac");
            Curl.Reply r = Curl.run("-o", aac.toString(), cam.http("/axis-cgi/audio/receive.cgi?duration=3"));
            assertThat(r.header("Content-Type")).isEqualTo("audio/aac");
            FfTools.Run probe = FfTools.ffprobe("-v", "error", "-show_entries",
                    "stream=codec_name,sample_rate,channels", "-of", "csv=p=0", aac.toString());
            assertThat(probe.stdout().strip()).isEqualTo("aac,16000,1");
            FfTools.Run decode = FfTools.ffmpeg("-v", "error", "-i", aac.toString(), "-f", "null", "-");
            assertThat(decode.stderr()).isBlank();

            assertThat(Curl.run(cam.http("/axis-cgi/param.cgi?action=update&AudioSource.A0.AudioEncoding=g711")).body())
                    .isEqualTo("OK\n");
            Path ulaw = tmp.resolve("live.ul");
            Curl.Reply g711 = Curl.run("-o", ulaw.toString(), cam.http("/axis-cgi/audio/receive.cgi?duration=3"));
            assertThat(g711.header("Content-Type")).isEqualTo("audio/basic");
            Path pcm = tmp.resolve("live.pcm");
            FfTools.Run toPcm = FfTools.ffmpeg("-v", "error", "-y", "-f", "mulaw", "-ar", "8000", "-ac", "1", "-i",
                    ulaw.toString(), "-f", "s16le", pcm.toString());
            assertThat(toPcm.exitCode()).as(toPcm.stderr()).isZero();
            double[] rms = windowRms(Files.readAllBytes(pcm));
            assertThat(rms.length).isGreaterThan(30);
            double[] sorted = rms.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            long loudWindows = Arrays.stream(rms).filter(v -> v > 4 * median).count();
            // a 100 ms beep each second: about two loud 50 ms windows per second of audio
            assertThat(loudWindows).isBetween(2L, 10L);

            assertThat(Curl.run(cam.http("/axis-cgi/param.cgi?action=update&AudioSource.A0.AudioEncoding=opus")).body())
                    .isEqualTo("OK\n");
            assertThat(Curl.run(cam.http("/axis-cgi/audio/receive.cgi?duration=1")).status()).isEqualTo(400);
        }
    }

    @Test
    void inputGainRaisesTheLevel() throws Exception {
        try (CameraProcess cam = CameraProcess.start(tmp.resolve("gain"))) {
            Curl.run(cam.http("/axis-cgi/param.cgi?action=update&AudioSource.A0.AudioEncoding=g711"
                    + "&AudioSource.A0.InputGain=-20"));
            double quiet = meanRms(cam, "quiet");
            Curl.run(cam.http("/axis-cgi/param.cgi?action=update&AudioSource.A0.InputGain=10"));
            double loud = meanRms(cam, "loud");
            assertThat(loud).isGreaterThan(quiet * 10);
        }
    }

    private double meanRms(CameraProcess cam, String name) throws Exception {
        Path ulaw = tmp.resolve(name + ".ul");
        Curl.run("-o", ulaw.toString(), cam.http("/axis-cgi/audio/receive.cgi?duration=2"));
        Path pcm = tmp.resolve(name + ".pcm");
        FfTools.ffmpeg("-v", "error", "-y", "-f", "mulaw", "-ar", "8000", "-ac", "1", "-i", ulaw.toString(), "-f",
                "s16le", pcm.toString());
        return Arrays.stream(windowRms(Files.readAllBytes(pcm))).average().orElse(0);
    }
}
