package org.ptzcam.app.cli;

import org.ptzcam.app.BuildProperties;
import org.ptzcam.device.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ptzcam version}: the device-software version and build date. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version and build date.")
public final class VersionCommand implements Runnable {

    @Override
    public void run() {
        System.out.println(line());
    }

    static String line() {
        BuildInfo build = BuildProperties.load();
        return "ptzcam " + build.version() + " (built " + build.buildDate() + ", Java "
                + Runtime.version() + ")";
    }

    /** Serves {@code ptzcam --version}. */
    public static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {line()};
        }
    }
}
