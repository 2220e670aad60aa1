package dev.craft.cli.server;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The embedded database of a local {@code craft serve}: its port from postmaster.pid, its password beside it. */
final class LocalDatabase {

    private LocalDatabase() {}

    static String url(Path home, Map<String, String> env) {
        Path pid = home.resolve("pgdata").resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
            if (lines.size() < 4) throw new IOException("too short");
            return "jdbc:postgresql://127.0.0.1:" + Integer.parseInt(lines.get(3).strip()) + "/craft";
        } catch (IOException | NumberFormatException e) {
            throw new InputException(new Problem(pid.toString(), "", "the embedded database of " + home + " is not running",
                    "a running 'craft serve' with this craft home, or --db-url, --server or --file"));
        }
    }

    static String password(Path home) {
        Path file = home.resolve("pgdata.password");
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new InputException(Problem.at(file.toString(), "", "cannot read the embedded database's password: " + e.getMessage()));
        }
    }
}
