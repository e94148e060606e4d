package org.ptzcam.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ptzcam.device.DeviceModel;
import org.ptzcam.device.DeviceStartException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ptzcam factory-default}: what holding the control button does. */
@Command(name = "factory-default", mixinStandardHelpOptions = true,
        description = {"Reset a camera's data directory to factory state: every setting, account and "
                + "certificate is removed; the next start makes a new HTTPS certificate. The serial number and MAC "
                + "address stay, as on a real camera.",
                "Refuses while a camera is running on that directory. Logs and files ptzcam did not create are kept."})
public final class FactoryDefaultCommand implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "The camera's data directory.")
    Path dataDir;

    @Override
    public Integer call() {
        try {
            DeviceModel.factoryDefault(dataDir);
        } catch (DeviceStartException e) {
            System.err.println("ptzcam: " + e.getMessage());
            return 1;
        }
        System.out.println("Factory defaults restored in " + dataDir.toAbsolutePath()
                + ": settings, accounts and certificate removed.");
        return 0;
    }
}
