package dev.craft.kb.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * A fact the rules may test (facts.yaml).
 *
 * @param id          dotted id, e.g. {@code product.kind}
 * @param type        what tests apply to it
 * @param values      the allowed values of an enum or enum-set fact (after resolving a vocabulary); empty otherwise
 * @param question    the question that asks for it, shown when it is unknown and decides something
 * @param profilePath the profile field that answers it, as a JSON path ({@code [*]} for collection facts)
 * @param collection  for facts asked once per list element: the list's fact-style path; null otherwise
 * @param derivedFrom for facts computed from other fields or from earlier stages: their ids; empty otherwise
 */
public record FactDef(String id, FactType type, Set<String> values, String question, String profilePath,
        String collection, List<String> derivedFrom) {

    public FactDef {
        requireNonNull(id, "id must not be null");
        requireNonNull(type, "type must not be null");
        requireNonNull(question, "question must not be null");
        requireNonNull(profilePath, "profilePath must not be null");
        values = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
        derivedFrom = List.copyOf(derivedFrom);
    }

    /** The profile path of this fact for element {@code index} of its collection. */
    public String profilePath(int index) {
        return profilePath.replace("[*]", "[" + index + "]");
    }

    public boolean derived() {
        return !derivedFrom.isEmpty();
    }
}
