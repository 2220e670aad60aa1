package dev.craft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs craft in-process with captured stdout and stderr (for the sbom CLI tests). */
public final class SbomCliRunner {

    public record Run(int exitCode, String out, String err) {}

    private SbomCliRunner() {}

    public static Run run(String... args) {
        var cl = CraftMain.commandLine();
        var out = new StringWriter();
        var err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
