package dev.craft.vuln.range;

import static java.util.Objects.requireNonNull;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionSchemes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A version range in the vers notation ({@code vers:pypi/>=1.0|<1.5|2.0}), with the containment algorithm of the
 * vers specification. craft uses it to show which range a match evaluated and to read vers input; OSV events are
 * evaluated by {@link dev.craft.vuln.OsvRangeEvaluator}, whose results this notation renders.
 *
 * @param scheme      the version scheme
 * @param constraints constraints in vers order (sorted by version, except where {@link #parseLenient} kept them)
 */
public record VersRange(VersionScheme scheme, List<Constraint> constraints) {

    public VersRange {
        requireNonNull(scheme, "scheme must not be null");
        constraints = List.copyOf(constraints);
        if (constraints.isEmpty()) throw new IllegalArgumentException("a vers range needs at least one constraint");
    }

    /** Reads a vers string that must be canonical (no whitespace, no stray pipes, sorted, canonical percent-encoding). */
    public static VersRange parse(String vers) {
        VersRange r = read(vers);
        for (int i = 1; i < r.constraints.size(); i++) {
            Constraint a = r.constraints.get(i - 1), b = r.constraints.get(i);
            if (a.operator() == Operator.ANY || b.operator() == Operator.ANY) continue;
            if (a.version().compareTo(b.version()) > 0) throw new RangeSyntaxException("non-canonical VERS: constraints are not sorted by version");
        }
        return r;
    }

    /** Reads a vers string and sorts its constraints by version (stable, so ties keep their order). */
    public static VersRange parseLenient(String vers) {
        return read(vers).sorted();
    }

    private static VersRange read(String vers) {
        for (int i = 0; i < vers.length(); i++) {
            if (Character.isWhitespace(vers.charAt(i))) throw new RangeSyntaxException("non-canonical VERS: whitespace is not permitted");
        }
        if (!vers.startsWith("vers:")) throw new RangeSyntaxException("a vers range starts with 'vers:'");
        int slash = vers.indexOf('/', 5);
        if (slash < 0) throw new RangeSyntaxException("a vers range is vers:<scheme>/<constraints>");
        String schemeId = vers.substring(5, slash);
        if (!schemeId.equals(schemeId.toLowerCase(Locale.ROOT))) throw new RangeSyntaxException("non-canonical VERS: the scheme must be lower case");
        VersionScheme scheme = VersionSchemes.byId(schemeId)
                .orElseThrow(() -> new RangeSyntaxException("unknown vers scheme '" + schemeId + "'"));
        String body = vers.substring(slash + 1);
        if (body.isEmpty()) throw new RangeSyntaxException("a vers range needs at least one constraint");
        if (body.startsWith("|")) throw new RangeSyntaxException("non-canonical VERS: leading pipe is not permitted");
        if (body.endsWith("|")) throw new RangeSyntaxException("non-canonical VERS: trailing pipe is not permitted");
        if (body.contains("||")) throw new RangeSyntaxException("non-canonical VERS: consecutive pipes are not permitted");
        var constraints = new ArrayList<Constraint>();
        for (String part : body.split("\\|")) constraints.add(constraint(scheme, part));
        if (constraints.size() > 1 && constraints.stream().anyMatch(c -> c.operator() == Operator.ANY)) {
            throw new RangeSyntaxException("'*' must be the only constraint");
        }
        return new VersRange(scheme, constraints);
    }

    private static Constraint constraint(VersionScheme scheme, String part) {
        if (part.equals("*")) return Constraint.any();
        String op = part.startsWith("<=") || part.startsWith(">=") || part.startsWith("!=") ? part.substring(0, 2)
                : part.startsWith("<") || part.startsWith(">") || part.startsWith("=") ? part.substring(0, 1) : "=";
        String raw = part.startsWith(op) ? part.substring(op.length()) : part;
        String text = PercentCoding.decode(raw);
        if (scheme.id().equals("datetime")) {
            if (raw.toUpperCase(Locale.ROOT).contains("%3A")) throw new RangeSyntaxException("non-canonical VERS: datetime time colons must be unencoded");
            if (text.contains("t") || text.contains("z")) throw new RangeSyntaxException("non-canonical VERS: datetime must use uppercase T and Z");
        }
        if (text.isEmpty()) throw new RangeSyntaxException("empty version in constraint '" + part + "'");
        try {
            return new Constraint(Operator.ofSymbol(op), scheme.parse(text), text);
        } catch (InvalidVersionException e) {
            throw new RangeSyntaxException(e.getMessage(), e);
        }
    }

    /**
     * The same constraints sorted by version, and by comparator symbol where versions are equal ({@code <} before
     * {@code <=} before {@code =} before {@code >} before {@code >=}), so that the canonical form does not depend on
     * the input order; {@code *} first.
     */
    public VersRange sorted() {
        var list = new ArrayList<>(constraints);
        list.sort(Comparator.comparing(Constraint::version, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> c.operator() == Operator.EQ ? "=" : c.operator().symbol()));
        return new VersRange(scheme, list);
    }

    /** The vers containment algorithm; expects sorted constraints. */
    public boolean contains(Version v) {
        if (constraints.size() == 1 && constraints.get(0).operator() == Operator.ANY) return true;
        boolean anyEquals = false, anyNotEquals = false;
        var bounds = new ArrayList<Constraint>();
        for (Constraint c : constraints) {
            switch (c.operator()) {
                case EQ -> {
                    if (v.compareTo(c.version()) == 0) return true;
                    anyEquals = true;
                }
                case NE -> {
                    if (v.compareTo(c.version()) == 0) return false;
                    anyNotEquals = true;
                }
                case ANY -> { }
                default -> bounds.add(c);
            }
        }
        if (bounds.isEmpty()) return anyNotEquals && !anyEquals;
        if (bounds.size() == 1) return bounds.get(0).accepts(v);
        for (int i = 0; i < bounds.size() - 1; i++) {
            Constraint cur = bounds.get(i), next = bounds.get(i + 1);
            if (i == 0 && cur.operator().isUpperBound() && cur.accepts(v)) return true;
            if (i == bounds.size() - 2 && next.operator().isLowerBound() && next.accepts(v)) return true;
            if (cur.operator().isLowerBound() && next.operator().isUpperBound() && cur.accepts(v) && next.accepts(v)) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        var sb = new StringBuilder("vers:").append(scheme.id()).append('/');
        for (int i = 0; i < constraints.size(); i++) {
            if (i > 0) sb.append('|');
            Constraint c = constraints.get(i);
            sb.append(c.operator() == Operator.ANY ? "*" : (c.operator() == Operator.EQ ? "" : c.operator().symbol()) + PercentCoding.encode(c.text()));
        }
        return sb.toString();
    }
}
