package dev.craft.report.drafts;

import java.util.ArrayList;
import java.util.List;

/** A pre-filled value under construction: parts with their sources, and what is still missing. */
final class Fill {

    private final List<String> parts = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();

    /** Adds a part when the value is present; returns whether it was. */
    boolean add(String value, String source) {
        if (value == null || value.isBlank()) return false;
        parts.add(value.strip());
        if (!sources.contains(source)) sources.add(source);
        return true;
    }

    /** Records that a part only a person can give is missing. */
    void gap(String hint) {
        gaps.add(hint);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    DraftItem.Status status() {
        if (parts.isEmpty()) return DraftItem.Status.MISSING;
        return gaps.isEmpty() ? DraftItem.Status.FILLED : DraftItem.Status.PARTIAL;
    }

    String value() {
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    List<String> sources() {
        return sources;
    }

    String hint() {
        return gaps.isEmpty() ? null : String.join(" ", gaps);
    }

    /** A fill that is missing entirely, with what to record. */
    static Fill missing(String hint) {
        var f = new Fill();
        f.gap(hint);
        return f;
    }
}
