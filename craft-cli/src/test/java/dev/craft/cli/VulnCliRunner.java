package dev.craft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the craft CLI in-process and captures its output, for the tests of the vulnerability commands. */
public final class VulnCliRunner {

    /** What one run printed and returned. */
    public record Result(int exit, String out, String err) {}

    private VulnCliRunner() {}

    public static Result run(String... args) {
        CommandLine cl = CraftMain.commandLine();
        var out = new StringWriter();
        var err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
