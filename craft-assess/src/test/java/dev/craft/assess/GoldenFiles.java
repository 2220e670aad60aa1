package dev.craft.assess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden-file comparison with a unified diff on mismatch. To accept new output deliberately, run the tests with
 * {@code -Dcraft.golden.update=true} (or CRAFT_UPDATE_GOLDEN=1) and review the diff in git.
 */
final class GoldenFiles {

    static final Path REPO = Path.of(System.getProperty("craft.repo.root", "..")).toAbsolutePath().normalize();
    static final Path DIR = REPO.resolve("craft-assess/src/test/resources/golden");

    private GoldenFiles() {}

    static boolean updating() {
        return Boolean.getBoolean("craft.golden.update") || "1".equals(System.getenv("CRAFT_UPDATE_GOLDEN"));
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (updating()) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) throw new AssertionError("no golden file " + file + "; run with -Dcraft.golden.update=true to create it");
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            throw new AssertionError("output differs from golden file " + REPO.relativize(file) + " (rerun with -Dcraft.golden.update=true to accept):\n"
                    + unifiedDiff(expected, actual, "golden/" + name, "actual"));
        }
    }

    /** A unified diff (3 lines of context) of two texts, computed from their longest common subsequence of lines. */
    static String unifiedDiff(String a, String b, String nameA, String nameB) {
        List<String> x = List.of(a.split("\n", -1));
        List<String> y = List.of(b.split("\n", -1));
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        record Op(char kind, String line, int ai, int bi) {}
        var ops = new ArrayList<Op>();
        int i = 0, j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) ops.add(new Op(' ', x.get(i), i++, j++));
            else if (j < y.size() && (i == x.size() || lcs[i][j + 1] > lcs[i + 1][j])) ops.add(new Op('+', y.get(j), i, j++));
            else ops.add(new Op('-', x.get(i), i++, j));
        }
        var sb = new StringBuilder("--- ").append(nameA).append("\n+++ ").append(nameB).append('\n');
        int k = 0;
        int shown = 0;
        while (k < ops.size()) {
            if (ops.get(k).kind() == ' ') { k++; continue; }
            int start = Math.max(0, k - 3);
            int end = k;
            while (end < ops.size()) {
                int nextChange = end;
                while (nextChange < ops.size() && ops.get(nextChange).kind() == ' ') nextChange++;
                if (nextChange == ops.size() || nextChange - end > 6) { end = Math.min(ops.size(), end + 3); break; }
                end = nextChange + 1;
            }
            Op first = ops.get(start);
            int aCount = 0, bCount = 0;
            for (int m = start; m < end; m++) {
                if (ops.get(m).kind() != '+') aCount++;
                if (ops.get(m).kind() != '-') bCount++;
            }
            sb.append("@@ -").append(first.ai() + 1).append(',').append(aCount).append(" +").append(first.bi() + 1).append(',').append(bCount).append(" @@\n");
            for (int m = start; m < end; m++) sb.append(ops.get(m).kind()).append(ops.get(m).line()).append('\n');
            k = end;
            if (++shown == 20) {
                sb.append("... (more differences)\n");
                break;
            }
        }
        return sb.toString();
    }
}
