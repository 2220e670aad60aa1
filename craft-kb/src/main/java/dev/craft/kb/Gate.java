package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.util.List;

/** A rule with a condition and what it means when true or false (scope gates, the RDPS definition). */
public record Gate(String id, String title, List<Citation> cite, Condition when, String ifTrue, String ifFalse) {
    public Gate {
        cite = List.copyOf(cite);
    }
}
