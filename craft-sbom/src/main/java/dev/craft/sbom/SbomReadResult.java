package dev.craft.sbom;

import static java.util.Objects.requireNonNull;

import dev.craft.common.Problem;
import java.util.List;

/**
 * What {@link SbomReader#readWithWarnings} returns: the SBOM, and everything the reader noticed on the way.
 *
 * @param sbom          the normalized SBOM; every component of the document is in it
 * @param facts         document facts outside the model (vulnerability entries, signature, SPDX files)
 * @param warnings      repairs the reader made (generated or duplicate refs, dangling dependency refs,
 *                      unparseable timestamps); never fatal
 * @param schemaErrors  violations of the schema of the declared spec version; empty when valid or not checked
 * @param schemaChecked whether a schema was available and applied (SPDX tag-value has none)
 */
public record SbomReadResult(Sbom sbom, DocumentFacts facts, List<Problem> warnings, List<Problem> schemaErrors,
        boolean schemaChecked) {

    public SbomReadResult {
        requireNonNull(sbom, "sbom must not be null");
        requireNonNull(facts, "facts must not be null");
        warnings = List.copyOf(warnings);
        schemaErrors = List.copyOf(schemaErrors);
    }

    public boolean schemaValid() {
        return schemaChecked && schemaErrors.isEmpty();
    }
}
