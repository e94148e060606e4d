package org.ptzcam.device.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import org.ptzcam.device.BuildInfo;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.DeviceStartException;

/** Opens cameras the way the app will, with a fixed test build. */
public final class TestCameras {
    public static final BuildInfo BUILD = new BuildInfo("0.1.0-test", "2026-01-09T10:00:00Z");

    private TestCameras() {
    }

    public static DeviceModel open(Path dir) throws DeviceStartException {
        return DeviceModel.open(dir, BUILD, Clock.systemUTC());
    }
}
