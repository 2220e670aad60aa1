package dev.craft.vuln.range;

import static java.util.Objects.requireNonNull;

import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * A range written in an ecosystem's own syntax ({@code ^1.2.3 || >=2.0.0} for npm, {@code ~> 4.2.5, >= 4.2.5.1}
 * for RubyGems, {@code >=1.0,<1.5} for PyPI, {@code [1.0,2.0)} for NuGet), read into alternatives of constraints
 * that must all hold. A version is in the range when it satisfies every constraint of at least one alternative.
 * Ranges are evaluated as intervals: a pre-release inside the bounds is in the range (node-semver's
 * {@code includePrerelease}), because for a vulnerability a false "not affected" is the costly error.
 *
 * @param scheme the version scheme
 * @param text   the range as written
 * @param anyOf  the alternatives; each is a conjunction of constraints
 */
public record NativeRange(VersionScheme scheme, String text, List<List<Constraint>> anyOf) {

    public NativeRange {
        requireNonNull(scheme, "scheme must not be null");
        requireNonNull(text, "text must not be null");
        anyOf = anyOf.stream().map(List::copyOf).toList();
        if (anyOf.isEmpty()) throw new IllegalArgumentException("a range needs at least one alternative");
    }

    public boolean contains(Version v) {
        for (List<Constraint> all : anyOf) {
            boolean ok = true;
            for (Constraint c : all) {
                if (!c.accepts(v)) {
                    ok = false;
                    break;
                }
            }
            if (ok) return true;
        }
        return false;
    }

    /**
     * The vers form: every constraint of every alternative, sorted by version (stable). This is the notation the vers
     * specification asks for; for overlapping alternatives it can say less than the native range, so matching uses
     * {@link #contains}, never the vers form.
     */
    public VersRange toVers() {
        var all = new ArrayList<Constraint>();
        for (List<Constraint> group : anyOf) all.addAll(group);
        if (all.stream().anyMatch(c -> c.operator() == Operator.ANY)) return new VersRange(scheme, List.of(Constraint.any()));
        return new VersRange(scheme, all).sorted();
    }

    @Override
    public String toString() {
        return text;
    }
}
