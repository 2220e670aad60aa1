package dev.craft.kb;

import dev.craft.kb.rules.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the dated status table (status.yaml): a fact about the world that changes without the
 * Regulation changing, with the date it was checked, its source and a confidence tag ("2+", "1",
 * "unconfirmed").
 */
public record StatusEntry(String id, String topic, Truth value, LocalDate asOf, String source, String confidence,
        List<Citation> cite, String note) {
    public StatusEntry {
        cite = List.copyOf(cite);
    }
}
