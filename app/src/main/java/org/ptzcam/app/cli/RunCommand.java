package org.ptzcam.app.cli;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.ptzcam.app.BuildProperties;
import org.ptzcam.app.Camera;
import org.ptzcam.app.CameraConfig;
import org.ptzcam.app.SceneOptions;
import org.ptzcam.app.visca.ViscaOverrides;
import org.ptzcam.device.settings.ViscaSettings;
import org.ptzcam.visca.serial.ViscaSerialConfig;
import java.util.List;
import org.ptzcam.device.DeviceStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ptzcam run}: start one camera and serve until SIGTERM or Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start one camera with its built-in simulated scene and serve it until Ctrl-C or SIGTERM.",
                "Ports default to the camera's standard 80/443/554 when this process may bind them, "
                        + "otherwise 8080/8443/8554. Port 0 means any free port; the banner shows the real one."})
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "ptzcam-data",
            description = "Where the camera keeps settings, accounts, certificate and logs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every IPv4 address).")
    String bind;

    @Option(names = "--http-port", paramLabel = "PORT", description = "HTTP port (default 80 or 8080).")
    Integer httpPort;

    @Option(names = "--https-port", paramLabel = "PORT", description = "HTTPS port (default 443 or 8443).")
    Integer httpsPort;

    @Option(names = "--rtsp-port", paramLabel = "PORT", description = "RTSP port (default 554 or 8554).")
    Integer rtspPort;

    @Option(names = "--scene", paramLabel = "FILE",
            description = "Use an equirectangular panorama (PNG/JPEG) as the world instead of the simulated scene.")
    Path scene;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the simulated world: same seed and scene time give the same picture "
                    + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scene-time", paramLabel = "TIME",
            description = "Scene time at start, ISO-8601 (e.g. 2026-06-21T22:30:00Z for a night scene); "
                    + "default: the device clock.")
    java.time.Instant sceneTime;

    @Option(names = "--scene-time-rate", paramLabel = "R", defaultValue = "1",
            description = "Scene seconds per real second; 0 freezes the scene (default: ${DEFAULT-VALUE}).")
    double sceneTimeRate;

    @Option(names = "--wind", paramLabel = "W", defaultValue = "0",
            description = "Wind shaking the mount, 0 (calm) to 1 (an exposed mast in gusts, about ±0.3°): what "
                    + "image stabilization removes (default: ${DEFAULT-VALUE}).")
    double wind;

    @Option(names = "--line-in", paramLabel = "FILE",
            description = "An audio file (WAV, MP3, FLAC, Ogg, M4A…) played in a loop as line-in, when the "
                    + "audio input is set to line.")
    Path lineIn;

    @Option(names = "--preview-minutes", paramLabel = "MIN", defaultValue = "120",
            description = "Preview mode: minutes after start during which a camera without any account shows its "
                    + "live view and takes camera-view adjustments without login; 0 = off (default: ${DEFAULT-VALUE}).")
    long previewMinutes;

    @Option(names = "--visca-ip",
            description = "Take VISCA over IP for this run (UDP, Sony framing and raw VISCA), whatever VISCA.IP.Enabled "
                    + "says. VISCA has no authentication: anyone who reaches the ports can move the camera.")
    boolean viscaIp;

    @Option(names = "--visca-port", paramLabel = "PORT",
            description = "UDP port of VISCA over IP with Sony's header for this run (default: VISCA.IP.Port, 52381; "
                    + "0 = any free port).")
    Integer viscaPort;

    @Option(names = "--visca-raw-port", paramLabel = "PORT",
            description = "UDP port of raw VISCA for this run (default: VISCA.IP.RawPort, 52380; 0 = any free port).")
    Integer viscaRawPort;

    @Option(names = "--visca-serial", paramLabel = "DEVICE",
            description = "Take VISCA on this serial port (VISCA IN) for this run, e.g. /dev/ttyUSB0.")
    String viscaSerial;

    @Option(names = "--visca-baud", paramLabel = "BAUD",
            description = "Serial VISCA speed for this run: 9600, 19200 or 38400 (default: VISCA.Serial.BaudRate).")
    Integer viscaBaud;

    @Option(names = "--visca-position", paramLabel = "POS",
            description = "Place on the serial VISCA line for this run: point-to-point, endpoint or in-chain "
                    + "(default: VISCA.Serial.Position).")
    String viscaPosition;

    @Option(names = "--visca-out", paramLabel = "DEVICE",
            description = "Serial port of VISCA OUT towards the next camera, for in-chain (default: "
                    + "VISCA.Serial.OutDevice).")
    String viscaOut;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "error, warn, info, debug or trace (default: ${DEFAULT-VALUE}).")
    String logLevel;

    @Override
    public Integer call() throws Exception {
        Level level = Level.toLevel(logLevel, null);
        if (level == null) {
            System.err.println("ptzcam: --log-level must be error, warn, info, debug or trace, not '" + logLevel + "'");
            return 2;
        }
        String portProblem = checkPorts();
        if (portProblem != null) {
            System.err.println("ptzcam: " + portProblem);
            return 2;
        }
        LoggingSetup.console(level);
        Logger log = LoggerFactory.getLogger(RunCommand.class);
        PortPlan plan = PortPlan.choose(bind, httpPort, httpsPort, rtspPort);
        if (scene != null && !java.nio.file.Files.isReadable(scene)) {
            System.err.println("ptzcam: --scene " + scene + " is not a readable file");
            return 2;
        }
        if (!(sceneTimeRate >= 0 && sceneTimeRate <= 3600)) {
            System.err.println("ptzcam: --scene-time-rate must be between 0 and 3600, not " + sceneTimeRate);
            return 2;
        }
        if (lineIn != null && !java.nio.file.Files.isReadable(lineIn)) {
            System.err.println("ptzcam: --line-in " + lineIn + " is not a readable file");
            return 2;
        }
        if (!(wind >= 0 && wind <= 1)) {
            System.err.println("ptzcam: --wind must be between 0 and 1, not " + wind);
            return 2;
        }
        if (previewMinutes < 0 || previewMinutes > 7 * 24 * 60) {
            System.err.println("ptzcam: --preview-minutes must be between 0 and 10080, not " + previewMinutes);
            return 2;
        }
        String viscaProblem = checkVisca();
        if (viscaProblem != null) {
            System.err.println("ptzcam: " + viscaProblem);
            return 2;
        }
        SceneOptions sceneOptions = new SceneOptions(scene, seed, sceneTime, sceneTimeRate, lineIn, wind);
        ViscaOverrides visca = new ViscaOverrides(viscaIp ? Boolean.TRUE : null, viscaPort, viscaRawPort, viscaSerial,
                viscaBaud, viscaPosition, viscaOut);
        Camera camera = new Camera(new CameraConfig(dataDir, bind, plan.http(), plan.https(), plan.rtsp(), sceneOptions,
                java.time.Duration.ofMinutes(previewMinutes), visca),
                BuildProperties.load(), Clock.systemUTC());
        ShutdownSignal stop = new ShutdownSignal();
        try {
            camera.start();
        } catch (DeviceStartException | java.io.IOException e) {
            System.err.println("ptzcam: " + e.getMessage());
            return 1;
        }
        Path logFile = LoggingSetup.file(dataDir);
        System.out.print(Banner.render(camera, plan, logFile));
        System.out.flush();
        log.info("camera started: HTTP {}, HTTPS {}", camera.httpPort(), camera.httpsPort());
        String signal = stop.await();
        log.info("{} received, stopping", signal);
        camera.close();
        log.info("stopped");
        return 0;
    }

    private String checkVisca() {
        if (viscaPort != null && (viscaPort < 0 || viscaPort > 65535)) {
            return "--visca-port must be between 0 and 65535 (0 = any free port), not " + viscaPort;
        }
        if (viscaRawPort != null && (viscaRawPort < 0 || viscaRawPort > 65535)) {
            return "--visca-raw-port must be between 0 and 65535 (0 = any free port), not " + viscaRawPort;
        }
        if (viscaBaud != null && !ViscaSerialConfig.BAUD_RATES.contains(viscaBaud)) {
            return "--visca-baud must be 9600, 19200 or 38400, not " + viscaBaud;
        }
        if (viscaPosition != null && !List.of(ViscaSettings.POINT_TO_POINT, ViscaSettings.ENDPOINT,
                ViscaSettings.IN_CHAIN).contains(viscaPosition)) {
            return "--visca-position must be point-to-point, endpoint or in-chain, not '" + viscaPosition + "'";
        }
        return null;
    }

    private String checkPorts() {
        Integer[] ports = {httpPort, httpsPort, rtspPort};
        String[] flags = {"--http-port", "--https-port", "--rtsp-port"};
        for (int i = 0; i < ports.length; i++) {
            if (ports[i] != null && (ports[i] < 0 || ports[i] > 65535)) {
                return flags[i] + " must be between 0 and 65535 (0 = any free port), not " + ports[i];
            }
        }
        return null;
    }
}
