package dev.craft.kb;

import java.time.LocalDate;
import java.util.List;

/** A fixed date of the Regulation (dates.yaml). */
public record KbDate(String id, LocalDate date, String label, List<Citation> cite, String note) {
    public KbDate {
        cite = List.copyOf(cite);
    }
}
