package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manual's first-boot story on the real process: banner, preview mode, first administrator, login. */
class AccountsIT {

    @TempDir
    Path tmp;

    private static int rtspPort(CameraProcess cam) {
        Matcher m = Pattern.compile("RTSP\\s+rtsp://[^:]+:(\\d+)/").matcher(String.join("\n", cam.stdoutLines()));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static FfTools.Run probe(String userInfo, int port) throws Exception {
        return FfTools.ffprobe("-v", "error", "-rtsp_transport", "tcp", "-show_entries", "stream=codec_name", "-of",
                "csv=p=0", "rtsp://" + userInfo + "127.0.0.1:" + port + "/axis-media/media.amp?videocodec=jpeg&resolution=320x180");
    }

    @Test
    void firstBootPreviewThenAdministratorThenLogin() throws Exception {
        try (CameraProcess cam = CameraProcess.startFactoryDefaulted(tmp.resolve("cam"))) {
            String banner = String.join("\n", cam.stdoutLines());
            assertThat(banner).contains("No account yet: create the administrator account at https://127.0.0.1:"
                    + cam.httpsPort() + "/").contains("Preview mode is on for 120 minutes");
            int rtsp = rtspPort(cam);
            assertThat(probe("", rtsp).stdout().strip()).isEqualTo("mjpeg"); // preview: no login
            assertThat(Curl.anonymous(cam.https("/axis-cgi/param.cgi?action=list")).status()).isEqualTo(401);

            Curl.Reply created = Curl.anonymous("--data-urlencode", "pwd=" + CameraProcess.ADMIN_PASSWORD, "--data",
                    "action=add&user=root&grp=root&sgrp=admin:operator:viewer:ptz", cam.https("/axis-cgi/pwdgrp.cgi"));
            assertThat(created.body()).contains("Created account root.");

            FfTools.Run anonymous = probe("", rtsp);
            assertThat(anonymous.exitCode()).isNotZero();
            assertThat(anonymous.stderr()).contains("401");
            FfTools.Run wrong = probe("root:wrong@", rtsp);
            assertThat(wrong.exitCode()).isNotZero();
            String user = CameraProcess.ADMIN_USER + ":" + CameraProcess.ADMIN_PASSWORD.replace(" ", "%20") + "@";
            assertThat(probe(user, rtsp).stdout().strip()).isEqualTo("mjpeg");
            assertThat(Curl.anonymous("--digest", "-u", "root:wrong", cam.https("/axis-cgi/usergroup.cgi")).status())
                    .isEqualTo(401);
            assertThat(Curl.run(cam.https("/axis-cgi/usergroup.cgi")).body())
                    .isEqualTo("root\nroot admin operator viewer ptz\n");
            assertThat(Curl.anonymous("--basic", "-u", CameraProcess.ADMIN, cam.https("/axis-cgi/usergroup.cgi"))
                    .status()).isEqualTo(200);
        }
    }
}
