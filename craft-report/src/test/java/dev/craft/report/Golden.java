package dev.craft.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden-file comparison for generated documents. Run with {@code -Dcraft.golden.update=true} to rewrite the files
 * after a deliberate change, then review the diff in git.
 */
public final class Golden {

    private Golden() {}

    public static Path dir() {
        return Fixtures.repoRoot().resolve("craft-report/src/test/resources/golden");
    }

    public static void assertMatches(String name, String actual) {
        Path file = dir().resolve(name);
        try {
            if (Boolean.getBoolean("craft.golden.update") || !Files.exists(file) && Boolean.getBoolean("craft.golden.create")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) fail("golden file missing: " + file + " (run with -Dcraft.golden.update=true to create it)");
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) fail("generated output differs from " + file + ":\n" + diff(expected, actual));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal line diff: the first differing lines with context. */
    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        var sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(e.size(), a.size()) && shown < 15; i++) {
            String x = i < e.size() ? e.get(i) : "<end>";
            String y = i < a.size() ? a.get(i) : "<end>";
            if (!x.equals(y)) {
                sb.append("@@ line ").append(i + 1).append("\n- ").append(x).append("\n+ ").append(y).append('\n');
                shown++;
            }
        }
        return sb.toString();
    }
}
