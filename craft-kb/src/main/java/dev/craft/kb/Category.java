package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.util.List;
import java.util.Set;

/**
 * An Annex III or Annex IV category with its IR 2025/2392 description (paraphrased) and how craft matches
 * it: a core-function tag plus an optional extra condition; keywords only raise questions.
 *
 * @param descriptionUnconfirmed what of the Implementing Regulation's description craft's source lacked; null if nothing
 * @param requires               extra condition on the product's characteristics; null when the tag suffices
 */
public record Category(String id, Citation cite, ProductClass productClass, String name, String description,
        List<String> examples, String descriptionUnconfirmed, Set<String> tags, Condition requires, List<String> keywords) {
    public Category {
        examples = List.copyOf(examples);
        tags = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(tags));
        keywords = List.copyOf(keywords);
    }

    /** A function tag of the core-functions vocabulary. */
    public record FunctionTag(String id, String label) {}
}
