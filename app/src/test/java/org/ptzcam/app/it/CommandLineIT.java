package org.ptzcam.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and every kind of bad start: one clear line, non-zero exit, nothing overwritten. */
class CommandLineIT {

    @TempDir
    Path tmp;

    private static CameraProcess.Finished run(String... args) throws Exception {
        return CameraProcess.runToEnd(args);
    }

    /** ptzcam run on loopback with port 0 everywhere, except the options given in {@code extra}. */
    private CameraProcess.Finished runOn(Path dataDir, String... extra) throws Exception {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("--data-dir", dataDir.toString());
        options.put("--bind", "127.0.0.1");
        options.put("--http-port", "0");
        options.put("--https-port", "0");
        options.put("--rtsp-port", "0");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            options.put(extra[i], extra[i + 1]);
        }
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run"));
        options.forEach((k, v) -> args.addAll(java.util.List.of(k, v)));
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "run --help", "factory-default --help", "version --help", "help run"})
    void everyCommandHasHelp(String args) throws Exception {
        CameraProcess.Finished r = run(args.split(" "));
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("Usage: ptzcam");
    }

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        assertThat(run("version").stdout()).matches("(?s)ptzcam \\d+\\.\\d+\\.\\d+.*built .*\\n");
    }

    @Test
    void unknownFlagIsAUsageError() throws Exception {
        CameraProcess.Finished r = run("run", "--no-such-flag");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("Unknown option: '--no-such-flag'");
    }

    @Test
    void invalidPortIsAUsageError() throws Exception {
        CameraProcess.Finished r = runOn(tmp.resolve("d"), "--http-port", "70000");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("--http-port must be between 0 and 65535");
        assertThat(tmp.resolve("d")).doesNotExist();
    }

    @Test
    void busyPortIsOneLine() throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            CameraProcess.Finished r = runOn(tmp.resolve("d"), "--http-port", Integer.toString(busy.getLocalPort()));
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.stderr().strip().lines().filter(l -> l.startsWith("ptzcam:")))
                    .singleElement().asString()
                    .contains("HTTP port " + busy.getLocalPort()).contains("--http-port");
        }
    }

    @Test
    void busyRtspPortIsOneLine() throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            CameraProcess.Finished r = runOn(tmp.resolve("r"), "--rtsp-port", Integer.toString(busy.getLocalPort()));
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.stderr().strip().lines().filter(l -> l.startsWith("ptzcam:")))
                    .singleElement().asString()
                    .contains("RTSP port " + busy.getLocalPort()).contains("--rtsp-port");
        }
    }

    @Test
    void busyViscaPortIsOneLineAndBadViscaFlagsAreUsageErrors() throws Exception {
        try (java.net.DatagramSocket busy = new java.net.DatagramSocket(
                new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            CameraProcess.Finished r = run("run", "--data-dir", tmp.resolve("v").toString(), "--bind", "127.0.0.1",
                    "--http-port", "0", "--https-port", "0", "--rtsp-port", "0", "--visca-ip",
                    "--visca-port", Integer.toString(busy.getLocalPort()), "--visca-raw-port", "0");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.stderr().strip().lines().filter(l -> l.startsWith("ptzcam:")))
                    .singleElement().asString()
                    .contains("VISCA over IP cannot use UDP port " + busy.getLocalPort()).contains("--visca-port");
        }
        CameraProcess.Finished serial = runOn(tmp.resolve("s"), "--visca-serial", tmp.resolve("no-such-tty").toString());
        assertThat(serial.exitCode()).isEqualTo(1);
        assertThat(serial.stderr()).contains("VISCA serial port " + tmp.resolve("no-such-tty") + " cannot be opened");
        CameraProcess.Finished baud = runOn(tmp.resolve("b"), "--visca-baud", "1234");
        assertThat(baud.exitCode()).isEqualTo(2);
        assertThat(baud.stderr()).contains("--visca-baud must be 9600, 19200 or 38400");
        CameraProcess.Finished position = runOn(tmp.resolve("p"), "--visca-position", "middle");
        assertThat(position.exitCode()).isEqualTo(2);
        assertThat(position.stderr()).contains("--visca-position must be point-to-point, endpoint or in-chain");
    }

    @Test
    void dataDirectoryThatCannotBeCreatedIsOneLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        CameraProcess.Finished r = runOn(file.resolve("sub"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr().strip().lines()).singleElement().asString().startsWith("ptzcam:").contains("sub");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void corruptDatabaseIsReportedAndLeftUntouched() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("d"));
        byte[] garbage = "this is not an SQLite database, it is a test's garbage".repeat(100).getBytes();
        Path db = Files.write(dir.resolve("ptzcam.db"), garbage);
        CameraProcess.Finished r = runOn(dir);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr().strip().lines()).singleElement().asString().contains("ptzcam.db");
        assertThat(Files.readAllBytes(db)).isEqualTo(garbage);
    }

    @Test
    void dataDirectoryFromANewerVersionIsRefusedUntouched() throws Exception {
        Path dir = tmp.resolve("d");
        try (CameraProcess cam = CameraProcess.start(dir)) {
            assertThat(cam.httpsPort()).isPositive();
        }
        Path db = dir.resolve("ptzcam.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
            st.executeUpdate("UPDATE meta SET value = '42.0.0' WHERE key = 'schema_written_by_version'");
        }
        byte[] before = Files.readAllBytes(db);
        CameraProcess.Finished r = runOn(dir);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr().strip().lines()).singleElement().asString()
                .contains("42.0.0").contains("newer than this ptzcam");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void badLogLevelIsAUsageError() throws Exception {
        CameraProcess.Finished r = runOn(tmp.resolve("d"), "--log-level", "loud");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("--log-level");
    }
}
