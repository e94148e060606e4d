package org.ptzcam.app;

import org.ptzcam.app.cli.FactoryDefaultCommand;
import org.ptzcam.app.cli.RunCommand;
import org.ptzcam.app.cli.VersionCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code ptzcam run | factory-default | version}, each with {@code --help}. */
@Command(name = "ptzcam", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "A software PTZ network camera: VAPIX HTTP API, HTTPS, RTSP, VISCA, simulated scene.",
        subcommands = {RunCommand.class, FactoryDefaultCommand.class, VersionCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Start a camera:  ptzcam run --data-dir DIR", "Details:         ptzcam run --help"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        // no subcommand: show what there is, as a user typing just "ptzcam" expects
        spec.commandLine().usage(System.out);
    }
}
