package dev.craft.cli.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for generated reports: volatile values (times, temporary paths, the craft version) are replaced
 * with {@code <REPLACE_*>} placeholders before comparing. Run with {@code -Dcraft.golden.update=true} to rewrite them.
 */
final class Golden {

    private Golden() {}

    static String normalize(String text, Path tmp) {
        return text.replace(tmp.toString(), "<REPLACE_TMP>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z(?!\")", "<REPLACE_TIME>")
                .replaceAll("\"(scannedAt|fetchedAt|timestamp)\" : \"[^\"]+\"", "\"$1\" : \"<REPLACE_TIME>\"")
                .replaceAll("\"matchMillis\" : [0-9.E-]+", "\"matchMillis\" : \"<REPLACE_MS>\"")
                .replaceAll("matched in [0-9.]+ ms", "matched in <REPLACE_MS> ms")
                .replaceAll("\"(craftVersion|version)\" : \"development\"", "\"$1\" : \"<REPLACE_VERSION>\"")
                .replaceAll("urn:uuid:[0-9a-f-]{36}", "urn:uuid:<REPLACE_UUID>");
    }

    static void assertMatches(String actual, String goldenName, Path tmp) throws IOException {
        String normalized = normalize(actual, tmp);
        Path golden = Path.of("src/test/resources/vuln/golden", goldenName);
        if (Boolean.getBoolean("craft.golden.update") || !Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, normalized);
        }
        Path actualCopy = Path.of("target/golden-actual", goldenName);
        Files.createDirectories(actualCopy.getParent());
        Files.writeString(actualCopy, normalized);
        assertThat(normalized).as("golden file " + golden + " (actual output in " + actualCopy + "; diff them)").isEqualTo(Files.readString(golden));
    }
}
