package org.ptzcam.app.visca;

import java.io.IOException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.runtime.RuntimeInfo;
import org.ptzcam.device.settings.SettingsListener;
import org.ptzcam.device.settings.ViscaSettings;
import org.ptzcam.visca.engine.ViscaEngine;
import org.ptzcam.visca.ip.ViscaIpConfig;
import org.ptzcam.visca.ip.ViscaIpServer;
import org.ptzcam.visca.serial.SerialPosition;
import org.ptzcam.visca.serial.ViscaSerialConfig;
import org.ptzcam.visca.serial.ViscaSerialTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera's VISCA listeners (lifecycle stage "VISCA"): VISCA over IP when {@code VISCA.IP.Enabled},
 * VISCA over serial when {@code VISCA.Serial.Enabled} (command-line flags applied on top), each with
 * its own engine and controller identity. A change of the VISCA settings restarts only these.
 * The live UDP ports are published in the device runtime as {@link #SONY_PORT} / {@link #RAW_PORT}.
 */
public final class ViscaStage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ViscaStage.class);
    public static final String SONY_PORT = RuntimeInfo.VISCA_IP;
    public static final String RAW_PORT = RuntimeInfo.VISCA_RAW;

    private final DeviceModel device;
    private final String bindAddress;
    private final ViscaOverrides overrides;
    private final SettingsListener onSettings;
    private final List<AutoCloseable> running = new ArrayList<>();
    private ViscaIpServer ip;
    private ViscaSerialTransport serial;

    private ViscaStage(DeviceModel device, String bindAddress, ViscaOverrides overrides) {
        this.device = device;
        this.bindAddress = bindAddress;
        this.overrides = overrides;
        this.onSettings = paths -> {
            if (ViscaSettings.affectedBy(paths)) {
                restart();
            }
        };
    }

    /** Starts what the settings ask for; a port that cannot be bound fails the camera's start. */
    public static ViscaStage start(DeviceModel device, String bindAddress, ViscaOverrides overrides)
            throws IOException, InterruptedException {
        ViscaStage stage = new ViscaStage(device, bindAddress, overrides);
        stage.open();
        device.settings().addListener(stage.onSettings);
        return stage;
    }

    public ViscaSettings effective() {
        return overrides.applyTo(device.settings().visca());
    }

    public synchronized ViscaIpServer ip() {
        return ip;
    }

    public synchronized ViscaSerialTransport serial() {
        return serial;
    }

    private synchronized void open() throws IOException, InterruptedException {
        ViscaSettings s = effective();
        try {
            if (s.ipEnabled()) {
                openIp(s);
            }
            if (s.serialEnabled()) {
                openSerial(s);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeAll();
            throw e;
        }
    }

    private void openIp(ViscaSettings s) throws IOException, InterruptedException {
        ViscaEngine engine = new ViscaEngine(camera("visca-ip"));
        ViscaIpServer server = new ViscaIpServer(engine,
                new ViscaIpConfig(bindAddress, s.ipPort(), s.rawPort(), s.strictSequence()), null);
        try {
            server.start();
        } catch (Exception e) {
            server.close();
            if (causedBy(e, BindException.class)) {
                throw new IOException("VISCA over IP cannot use UDP port " + s.ipPort() + " or " + s.rawPort() + " on "
                        + bindAddress + " (" + e.getMessage() + "); choose others with --visca-port and"
                        + " --visca-raw-port (0 = any free port) or VISCA.IP.Port / VISCA.IP.RawPort", e);
            }
            throw e;
        }
        running.add(server);
        ip = server;
        device.runtime().setPort(SONY_PORT, server.sonyPort());
        device.runtime().setPort(RAW_PORT, server.rawPort());
        LOG.warn("VISCA over IP on UDP {} (Sony) and {} (raw): VISCA has no authentication, anyone who reaches these"
                + " ports can move the camera", server.sonyPort(), server.rawPort());
    }

    private void openSerial(ViscaSettings s) throws IOException {
        SerialPosition position = switch (s.serialPosition()) {
            case ViscaSettings.ENDPOINT -> SerialPosition.ENDPOINT;
            case ViscaSettings.IN_CHAIN -> SerialPosition.IN_CHAIN;
            case ViscaSettings.POINT_TO_POINT -> SerialPosition.POINT_TO_POINT;
            default -> throw new IOException("VISCA serial position must be point-to-point, endpoint or in-chain, not '"
                    + s.serialPosition() + "'");
        };
        String out = position == SerialPosition.IN_CHAIN ? s.serialOutDevice() : null;
        if (position == SerialPosition.IN_CHAIN && (out == null || out.isBlank())) {
            throw new IOException("VISCA serial in-chain needs the OUT port (--visca-out or VISCA.Serial.OutDevice)");
        }
        ViscaSerialConfig config;
        try {
            config = new ViscaSerialConfig(s.serialDevice(), s.baudRate(), position, out);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        ViscaEngine engine = new ViscaEngine(camera("visca-serial:" + s.serialDevice()));
        ViscaSerialTransport transport;
        try {
            transport = ViscaSerialTransport.open(engine, config);
        } catch (IOException e) {
            throw new IOException("VISCA serial port " + s.serialDevice() + " cannot be opened: " + e.getMessage(), e);
        }
        transport.start();
        running.add(transport);
        serial = transport;
    }

    private PtzViscaCamera camera(String controllerId) {
        return new PtzViscaCamera(device.ptz(), device::settings, device.power(), controllerId);
    }

    /** New VISCA settings: close the listeners and open them again; a failure is logged, VISCA then stays off. */
    private synchronized void restart() {
        closeAll();
        try {
            open();
            LOG.info("VISCA listeners restarted for the new settings");
        } catch (IOException e) {
            LOG.error("VISCA could not restart: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeAll() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                LOG.warn("VISCA listener did not close cleanly: {}", e.toString());
            }
        }
        running.clear();
        ip = null;
        serial = null;
        device.runtime().clearPort(SONY_PORT);
        device.runtime().clearPort(RAW_PORT);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void close() {
        device.settings().removeListener(onSettings);
        closeAll();
    }
}
