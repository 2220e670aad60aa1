package dev.craft.cli;

import picocli.CommandLine;

/** Lets tests of the command packages build the real command line (CraftMain.commandLine is package-private). */
public final class CraftMainAccess {

    private CraftMainAccess() {}

    public static CommandLine commandLine() {
        return CraftMain.commandLine();
    }
}
