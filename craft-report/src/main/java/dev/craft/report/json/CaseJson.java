package dev.craft.report.json;

import dev.craft.report.cases.ReportingCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A case as a JSON document: the offline case file of {@code craft report draft --case}, and the server's storage. */
public final class CaseJson {

    private CaseJson() {}

    public static ReportingCase read(String source, InputStream in) {
        return ReportJson.read(source, in, ReportingCase.class);
    }

    public static ReportingCase read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        }
    }

    public static byte[] write(ReportingCase c) {
        return ReportJson.write(c);
    }

    /** Writes atomically: a temp file next to the target, then a move. */
    public static void write(ReportingCase c, Path file) {
        AtomicFiles.write(file, write(c));
    }

    /** Round-trips a case through JSON (tests and copies). */
    static ReportingCase copy(ReportingCase c) {
        try {
            return ReportJson.mapper().readValue(write(c), ReportingCase.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
