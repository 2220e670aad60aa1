package dev.craft.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs craft in-process with captured output, for the tests of the assess commands. */
public final class AssessTestCli {

    public record Result(int exitCode, String out, String err) {}

    private AssessTestCli() {}

    public static Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs with {@code stdin} as standard input (for the interactive questionnaire). */
    public static synchronized Result runWithInput(String stdin, String... args) {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            var cl = CraftMain.commandLine();
            var out = new StringWriter();
            var err = new StringWriter();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }
}
