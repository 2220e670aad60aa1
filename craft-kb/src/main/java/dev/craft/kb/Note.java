package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.util.List;

/** A conclusion shown when its condition is true (scope notes, role notes, RDPS overrides, exclusions). */
public record Note(String id, String title, List<Citation> cite, Condition when, String text) {
    public Note {
        cite = List.copyOf(cite);
    }
}
