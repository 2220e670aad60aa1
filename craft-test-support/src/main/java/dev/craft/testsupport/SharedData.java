package dev.craft.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared, read-only conformance data ({@code ../shared/data} next to the checkout). Tests read it in
 * place and never copy it. A user's clone has no such folder, so tests that need it skip themselves.
 */
public final class SharedData {

    private SharedData() {}

    /** The data root, when present: system property {@code craft.shared.data}, else {@code ../shared/data}. */
    public static Optional<Path> root() {
        String configured = System.getProperty("craft.shared.data");
        Path p = configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
        p = p.toAbsolutePath().normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    /** The data root or a skipped test, with a notice saying why. */
    public static Path require() {
        Optional<Path> root = root();
        if (root.isEmpty()) {
            System.out.println("NOTICE: shared conformance data not found (../shared/data); test skipped");
        }
        Assumptions.assumeTrue(root.isPresent(), "shared conformance data (../shared/data) is absent");
        return root.get();
    }

    /** A path under the data root, or a skipped test when the data (or that path) is absent. */
    public static Path require(String relative) {
        Path p = require().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data path is absent: " + p);
        return p;
    }
}
