package dev.craft.report.drafts;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One item of a report draft: what the law asks for, the value craft pre-filled, where each part came from, and
 * what is missing.
 *
 * @param id          stable id (the knowledge base's content id, or an identification id)
 * @param label       a short title for forms
 * @param cite        the article that asks for it; for identification items, what the platform needs it for
 * @param requirement the law's item, paraphrased (for identification items, why it is there)
 * @param qualifier   {@code required}, {@code where_available}, {@code where_applicable} (from the law), or
 *                    {@code identification} (not an Art 14 content item, needed to identify the report)
 * @param status      FILLED, PARTIAL or MISSING
 * @param value       the copy-ready plain text; null when MISSING
 * @param sources     where each part of the value came from ({@code case.content.userMeasures},
 *                    {@code finding F-12 (CVE-2026-1234)}, {@code product data: Camera X 2.1.0})
 * @param hint        what to record to complete it; null when FILLED
 */
public record DraftItem(String id, String label, String cite, String requirement, String qualifier, Status status,
                        String value, List<String> sources, String hint) {

    public DraftItem {
        requireNonNull(id, "id must not be null");
        requireNonNull(label, "label must not be null");
        requireNonNull(cite, "cite must not be null");
        requireNonNull(requirement, "requirement must not be null");
        requireNonNull(qualifier, "qualifier must not be null");
        requireNonNull(status, "status must not be null");
        sources = List.copyOf(sources);
        if (status == Status.MISSING && value != null) throw new IllegalArgumentException("a MISSING item has no value");
        if (status != Status.MISSING && value == null) throw new IllegalArgumentException("a " + status + " item has a value");
    }

    /** True when the law requires the item ("at least") and it is not complete. */
    public boolean blocksFiling() {
        return status != Status.FILLED && qualifier.equals("required");
    }

    /** How complete an item is. */
    public enum Status {
        /** Complete. */
        FILLED,
        /** Pre-filled from findings or product data, but a part only a person can give is missing (see hint). */
        PARTIAL,
        /** Nothing to pre-fill it from. */
        MISSING
    }
}
