package dev.craft.cli;

import picocli.CommandLine;

/** Prints the version from the jar manifest (set by the build), so it never drifts from the pom. */
final class CraftVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = CraftMain.class.getPackage().getImplementationVersion();
        return new String[] {"craft " + (v == null ? "(development build)" : v), "Java " + Runtime.version()};
    }
}
