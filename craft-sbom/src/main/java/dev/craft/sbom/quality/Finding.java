package dev.craft.sbom.quality;

import static java.util.Objects.requireNonNull;

/**
 * One failed rule, on the document or on one component.
 *
 * @param profile      profile id
 * @param ruleId       rule id
 * @param level        rule level
 * @param componentRef the component's ref; null for a document-level finding
 * @param component    the component's name and version for people; null for the document
 * @param location     JSON path ({@code $.components[12].licenses}) or {@code line N}; "" for the whole document
 * @param message      what is wrong
 * @param citation     where the requirement comes from
 * @param howToFix     what to change
 */
public record Finding(String profile, String ruleId, Level level, String componentRef, String component, String location,
        String message, String citation, String howToFix) {
    public Finding {
        requireNonNull(profile, "profile must not be null");
        requireNonNull(ruleId, "ruleId must not be null");
        requireNonNull(level, "level must not be null");
        requireNonNull(location, "location must not be null");
        requireNonNull(message, "message must not be null");
    }
}
