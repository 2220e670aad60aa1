package dev.craft.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * What this knowledge base is: its version and date (recorded in every assessment), the legal text it
 * reads, and its files.
 */
public record Manifest(String kb, String version, LocalDate date, String regulation, String legalText,
        List<Source> sources, List<String> files) {

    public Manifest {
        sources = List.copyOf(sources);
        files = List.copyOf(files);
    }

    /** A document citations point into. */
    public record Source(String id, String title) {}
}
