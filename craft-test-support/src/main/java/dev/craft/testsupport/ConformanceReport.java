package dev.craft.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the outcome of one conformance suite and writes a one-paragraph summary to
 * {@code target/conformance/<suite>.txt}, which {@code .ci/run} prints at the end of CI.
 *
 * <pre>
 * var report = new ConformanceReport("purl-spec");
 * report.pass(); report.fail("case 12: expected ... got ...");
 * report.write();   // also prints the summary to stdout
 * </pre>
 */
public final class ConformanceReport {

    private final String suite;
    private int passed;
    private int skipped;
    private final List<String> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ConformanceReport(String suite) {
        this.suite = suite;
    }

    public synchronized void pass() {
        passed++;
    }

    public synchronized void fail(String description) {
        failures.add(description);
    }

    /** A case deliberately not run, with the reason recorded in the summary. */
    public synchronized void skip(String reason) {
        skipped++;
        notes.add("skipped: " + reason);
    }

    public synchronized void note(String note) {
        notes.add(note);
    }

    public synchronized int passed() {
        return passed;
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    public synchronized String summary() {
        int total = passed + failures.size() + skipped;
        var sb = new StringBuilder();
        sb.append(suite).append(": ").append(total).append(" cases, ").append(passed).append(" passed, ")
                .append(failures.size()).append(" failed");
        if (skipped > 0) sb.append(", ").append(skipped).append(" skipped");
        for (String n : notes) sb.append("\n    ").append(n);
        int shown = 0;
        for (String f : failures) {
            if (shown++ == 20) {
                sb.append("\n    ... ").append(failures.size() - 20).append(" more failures");
                break;
            }
            sb.append("\n    FAIL ").append(f);
        }
        return sb.toString();
    }

    /** Prints the summary and writes it under {@code target/conformance/} of the running module. */
    public synchronized void write() {
        String text = summary();
        System.out.println("conformance " + text);
        try {
            Path dir = Path.of("target", "conformance");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(suite.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt"), text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
