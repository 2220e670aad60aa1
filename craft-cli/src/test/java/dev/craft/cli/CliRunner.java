package dev.craft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.Map;
import picocli.CommandLine;

/** Runs the craft CLI in-process for tests, with its own environment and captured output. */
public final class CliRunner {

    /** What a run gave. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private CliRunner() {}

    public static Result run(Map<String, String> env, String... args) {
        CommandLine cl = CraftMain.commandLine();
        var out = new StringWriter();
        var err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        inject(cl, env);
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Commands read the environment from a field {@code env} (default System.getenv()); tests give their own. */
    private static void inject(CommandLine cl, Map<String, String> env) {
        Object command = cl.getCommand();
        try {
            Field f = command.getClass().getDeclaredField("env");
            f.setAccessible(true);
            f.set(command, env);
        } catch (NoSuchFieldException e) {
            // this command reads no environment
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        for (CommandLine sub : cl.getSubcommands().values()) inject(sub, env);
    }
}
