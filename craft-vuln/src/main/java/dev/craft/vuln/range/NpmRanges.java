package dev.craft.vuln.range;

import dev.craft.vuln.version.VersionScheme;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * node-semver ranges, desugared the way node-semver does it ({@code classes/range.js}): X-ranges ({@code 1.2.x},
 * {@code 1}, {@code *}), tilde, caret, hyphen ranges and comparators, with upper bounds written {@code <2.0.0-0}
 * so that pre-releases of the next version stay outside, exactly as npm means them.
 */
final class NpmRanges {

    private static final Pattern HYPHEN = Pattern.compile("\\s*(\\S+)\\s+-\\s+(\\S+)\\s*");
    private static final Pattern PARTIAL = Pattern.compile(
            "[v=\\s]*([0-9]+|[xX*])(?:\\.([0-9]+|[xX*])(?:\\.([0-9]+|[xX*])(?:-?([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+[0-9A-Za-z-.]+)?)?)?");

    private NpmRanges() {}

    /** A possibly partial version: null parts are wildcards. */
    record Partial(String major, String minor, String patch, String pre) {
        static Partial parse(String s) {
            if (s.isEmpty()) return new Partial(null, null, null, null);
            Matcher m = PARTIAL.matcher(s);
            if (!m.matches()) throw new RangeSyntaxException("'" + s + "' is not a node-semver version or X-range");
            return new Partial(num(m.group(1)), num(m.group(2)), num(m.group(3)), m.group(4));
        }

        private static String num(String g) {
            return g == null || g.equalsIgnoreCase("x") || g.equals("*") ? null : g;
        }

        boolean anyMajor() {
            return major == null;
        }

        String full() {
            return major + "." + (minor == null ? "0" : minor) + "." + (patch == null ? "0" : patch) + (pre == null ? "" : "-" + pre);
        }
    }

    static NativeRange parse(VersionScheme scheme, String text) {
        var anyOf = new ArrayList<List<Constraint>>();
        for (String alternative : text.split("\\|\\|")) anyOf.add(alternative(scheme, alternative));
        return new NativeRange(scheme, text, anyOf);
    }

    private static List<Constraint> alternative(VersionScheme scheme, String alternative) {
        var out = new ArrayList<Constraint>();
        Matcher h = HYPHEN.matcher(alternative);
        if (h.matches()) {
            Partial from = Partial.parse(h.group(1)), to = Partial.parse(h.group(2));
            if (!from.anyMajor()) out.add(c(scheme, Operator.GE, from.full()));
            if (!to.anyMajor()) {
                if (to.minor() == null) out.add(c(scheme, Operator.LT, inc(to.major()) + ".0.0-0"));
                else if (to.patch() == null) out.add(c(scheme, Operator.LT, to.major() + "." + inc(to.minor()) + ".0-0"));
                else out.add(c(scheme, Operator.LE, to.full()));
            }
            if (out.isEmpty()) out.add(Constraint.any());
            return out;
        }
        if (alternative.isBlank()) return List.of(Constraint.any());
        for (String[] term : NativeRanges.terms(alternative)) desugar(scheme, term[0] == null ? "" : term[0], term[1], out);
        if (out.isEmpty()) out.add(Constraint.any());
        return out;
    }

    private static void desugar(VersionScheme scheme, String op, String version, List<Constraint> out) {
        Partial p = Partial.parse(version);
        switch (op) {
            case "~", "~>" -> tilde(scheme, p, out);
            case "^" -> caret(scheme, p, out);
            case "", "=", "==" -> xrange(scheme, p, out);
            case ">", ">=", "<", "<=" -> comparator(scheme, op, p, out);
            default -> throw new RangeSyntaxException("node-semver has no operator '" + op + "'");
        }
    }

    private static void tilde(VersionScheme scheme, Partial p, List<Constraint> out) {
        if (p.anyMajor()) return;
        out.add(c(scheme, Operator.GE, p.full()));
        out.add(c(scheme, Operator.LT, p.minor() == null ? inc(p.major()) + ".0.0-0" : p.major() + "." + inc(p.minor()) + ".0-0"));
    }

    private static void caret(VersionScheme scheme, Partial p, List<Constraint> out) {
        if (p.anyMajor()) return;
        out.add(c(scheme, Operator.GE, p.full()));
        String upper;
        if (!p.major().equals("0") || p.minor() == null) upper = inc(p.major()) + ".0.0-0";
        else if (!p.minor().equals("0") || p.patch() == null) upper = "0." + inc(p.minor()) + ".0-0";
        else upper = "0.0." + inc(p.patch()) + "-0";
        out.add(c(scheme, Operator.LT, upper));
    }

    private static void xrange(VersionScheme scheme, Partial p, List<Constraint> out) {
        if (p.anyMajor()) return;
        if (p.minor() == null) {
            out.add(c(scheme, Operator.GE, p.major() + ".0.0"));
            out.add(c(scheme, Operator.LT, inc(p.major()) + ".0.0-0"));
        } else if (p.patch() == null) {
            out.add(c(scheme, Operator.GE, p.major() + "." + p.minor() + ".0"));
            out.add(c(scheme, Operator.LT, p.major() + "." + inc(p.minor()) + ".0-0"));
        } else {
            out.add(c(scheme, Operator.EQ, p.full()));
        }
    }

    private static void comparator(VersionScheme scheme, String op, Partial p, List<Constraint> out) {
        if (p.anyMajor()) {
            // >* and <* match nothing; >=* and <=* match everything.
            if (op.equals(">") || op.equals("<")) out.add(c(scheme, Operator.LT, "0.0.0-0"));
            return;
        }
        boolean partial = p.minor() == null || p.patch() == null;
        if (!partial) {
            out.add(c(scheme, Operator.ofSymbol(op), p.full()));
            return;
        }
        String next = p.minor() == null ? inc(p.major()) + ".0.0" : p.major() + "." + inc(p.minor()) + ".0";
        switch (op) {
            case ">" -> out.add(c(scheme, Operator.GE, next));
            case ">=" -> out.add(c(scheme, Operator.GE, p.full()));
            case "<" -> out.add(c(scheme, Operator.LT, p.full() + "-0"));
            default -> out.add(c(scheme, Operator.LT, next + "-0")); // <=
        }
    }

    private static String inc(String digits) {
        return new BigInteger(digits).add(BigInteger.ONE).toString();
    }

    private static Constraint c(VersionScheme scheme, Operator op, String version) {
        return NativeRanges.constraint(scheme, op, version);
    }
}
