package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.util.List;

/** A named condition shared by several rules (predicates.yaml). */
public record Predicate(String id, String description, List<Citation> cite, Condition when) {
    public Predicate {
        cite = List.copyOf(cite);
    }
}
