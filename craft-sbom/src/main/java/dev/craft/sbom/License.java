package dev.craft.sbom;

/**
 * A licence statement on a component.
 *
 * @param expression     an SPDX licence id or expression ({@code Apache-2.0}, {@code MIT OR GPL-2.0-only},
 *                       {@code LicenseRef-...}); null when only a free-text name is given
 * @param name           a licence name that is not an SPDX id (CycloneDX {@code license.name}); may be null
 * @param acknowledgement whether the licence was declared by the component's creator or concluded by an analyst
 */
public record License(String expression, String name, Acknowledgement acknowledgement) {

    /** CycloneDX {@code acknowledgement}; SPDX {@code licenseDeclared} / {@code licenseConcluded}. */
    public enum Acknowledgement { DECLARED, CONCLUDED, UNSPECIFIED }

    /** SPDX {@code NONE} and {@code NOASSERTION} say nothing about the licence. */
    public boolean isAssertion() {
        return (expression != null && !expression.equals("NONE") && !expression.equals("NOASSERTION"))
                || (name != null && !name.isBlank());
    }
}
