package dev.craft.sbom;

import static java.util.Objects.requireNonNull;

/** A name/value property (CycloneDX {@code properties}, e.g. {@code bsi:component:filename}). */
public record Property(String name, String value) {
    public Property {
        requireNonNull(name, "name must not be null");
    }
}
