package dev.craft.vuln.range;

import static java.util.Objects.requireNonNull;

import dev.craft.vuln.version.Version;

/**
 * One comparator and version, as in vers ({@code >=1.2.3}). {@code version} is null only for {@link Operator#ANY}.
 *
 * @param operator the comparator
 * @param version  the parsed version
 * @param text     how the version is written in vers output (the original text, normalized where the scheme's
 *                 vers notation asks for it, e.g. without Go's {@code v})
 */
public record Constraint(Operator operator, Version version, String text) {

    public Constraint {
        requireNonNull(operator, "operator must not be null");
        if (operator != Operator.ANY) {
            requireNonNull(version, "version must not be null");
            requireNonNull(text, "text must not be null");
        }
    }

    public static Constraint any() {
        return new Constraint(Operator.ANY, null, "*");
    }

    public static Constraint of(Operator operator, Version version) {
        return new Constraint(operator, version, version.text().strip());
    }

    public boolean accepts(Version v) {
        return operator == Operator.ANY || operator.accepts(v.compareTo(version));
    }

    /** The vers notation: {@code =} is implied, so {@code 1.0} rather than {@code =1.0}. */
    @Override
    public String toString() {
        if (operator == Operator.ANY) return "*";
        return (operator == Operator.EQ ? "" : operator.symbol()) + text;
    }
}
