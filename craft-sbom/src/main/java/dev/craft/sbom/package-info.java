/**
 * SBOMs: one immutable, normalized model ({@link dev.craft.sbom.Sbom}) for CycloneDX and SPDX inputs.
 *
 * <p>The records in this package are the contract between stages: the readers produce them, the quality
 * profiles, diff, converter, vulnerability matcher and server consume them. Fields may be added; existing
 * ones keep their meaning. A value the document does not give is {@code null} (single values) or an empty
 * list (repeated values), never an invented default, so that "missing" stays visible to the quality rules.
 */
package dev.craft.sbom;
