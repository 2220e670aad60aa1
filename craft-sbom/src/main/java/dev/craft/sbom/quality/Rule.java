package dev.craft.sbom.quality;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One rule of a quality profile, as written in the profile's data file.
 *
 * @param id       stable id, unique across all profiles ({@code bsi-component-hash})
 * @param level    MUST, SHOULD or MAY
 * @param scope    {@code document} (checked once) or {@code component} (checked per component)
 * @param check    the named check implemented in code ({@link Checks})
 * @param params   parameters of the check (e.g. the minimum spec version)
 * @param title    what the rule asks, in the source's words where possible
 * @param field    the field it reads, for people
 * @param paths    per format family ({@code cyclonedx}, {@code spdx}, {@code spdx3}) the JSON member a finding points at
 * @param citation exact citation of the source ({@code Annex I Part II (1)}, {@code BSI TR-03183-2 v2.1.0 §5.2.2})
 * @param howToFix what to change in the SBOM or its generator
 */
public record Rule(String id, Level level, String scope, String check, Map<String, String> params, String title,
        String field, Map<String, String> paths, String citation, String howToFix) {

    public Rule {
        requireNonNull(id, "id must not be null");
        requireNonNull(level, "level must not be null");
        requireNonNull(scope, "scope must not be null");
        requireNonNull(check, "check must not be null");
        params = params == null ? Map.of() : Map.copyOf(params);
        paths = paths == null ? Map.of() : Map.copyOf(paths);
        requireNonNull(title, "title must not be null");
        requireNonNull(field, "field must not be null");
        requireNonNull(citation, "citation must not be null");
        requireNonNull(howToFix, "howToFix must not be null");
    }

    public boolean perComponent() {
        return scope.equals("component");
    }
}
