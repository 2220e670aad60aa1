package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.util.List;

/**
 * A point the law, the guidance or craft's sources leave open (unsettled.yaml), shown as a flag when its
 * condition holds.
 *
 * @param confidence the source's tag: "1" (one source) or "unconfirmed"
 */
public record UnsettledPoint(String id, String topic, List<Citation> cite, String confidence, Condition when, String text,
        String craftReading) {
    public UnsettledPoint {
        cite = List.copyOf(cite);
    }
}
