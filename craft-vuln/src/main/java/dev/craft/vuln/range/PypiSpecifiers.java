package dev.craft.vuln.range;

import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.pypi.Pep440Scheme.Pep440Version;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * PEP 440 version specifiers ({@code >=1.0,<1.5}, {@code ~=2.2}, {@code ==1.4.*}), with {@code ||} between
 * alternatives as GitLab writes them. Versions are shown in their PEP 440 normal form ({@code 1.11alpha} becomes
 * {@code 1.11a0}). {@code ~=X.Y} means {@code >=X.Y, <(X+1).dev0}; {@code ==X.Y.*} means
 * {@code >=X.Y.dev0, <X.(Y+1).dev0}; {@code ===} (arbitrary equality) is read as {@code ==}.
 */
final class PypiSpecifiers {

    private PypiSpecifiers() {}

    static NativeRange parse(VersionScheme scheme, String text) {
        var anyOf = new ArrayList<List<Constraint>>();
        for (String alternative : NativeRanges.alternatives(text)) {
            var all = new ArrayList<Constraint>();
            for (String[] term : NativeRanges.terms(alternative)) {
                String op = term[0] == null ? "==" : term[0];
                String version = term[1];
                if (version.endsWith(".*")) {
                    prefix(scheme, op, version.substring(0, version.length() - 2), all);
                    continue;
                }
                switch (op) {
                    case "~=" -> compatible(scheme, version, all);
                    case "===" -> all.add(c(scheme, Operator.EQ, version));
                    case "~", "^", "~>" -> throw new RangeSyntaxException("PEP 440 has no operator '" + op + "'");
                    default -> all.add(c(scheme, Operator.ofSymbol(op), version));
                }
            }
            anyOf.add(all);
        }
        return new NativeRange(scheme, text, anyOf);
    }

    private static void prefix(VersionScheme scheme, String op, String prefix, List<Constraint> out) {
        if (!op.equals("==")) throw new RangeSyntaxException("'" + op + prefix + ".*': only == takes a .* prefix here");
        Pep440Version v = (Pep440Version) scheme.parse(prefix);
        out.add(c(scheme, Operator.GE, withRelease(v, v.release()) + ".dev0"));
        out.add(c(scheme, Operator.LT, withRelease(v, bumpLast(v.release())) + ".dev0"));
    }

    private static void compatible(VersionScheme scheme, String version, List<Constraint> out) {
        Pep440Version v = (Pep440Version) scheme.parse(version);
        if (v.release().size() < 2) throw new RangeSyntaxException("'~=" + version + "' needs at least two release numbers");
        out.add(c(scheme, Operator.GE, version));
        out.add(c(scheme, Operator.LT, withRelease(v, bumpLast(v.release().subList(0, v.release().size() - 1))) + ".dev0"));
    }

    private static List<String> bumpLast(List<String> release) {
        var out = new ArrayList<>(release);
        out.set(out.size() - 1, new BigInteger(out.get(out.size() - 1)).add(BigInteger.ONE).toString());
        return out;
    }

    private static String withRelease(Pep440Version v, List<String> release) {
        return (v.epoch().equals("0") ? "" : v.epoch() + "!") + String.join(".", release);
    }

    private static Constraint c(VersionScheme scheme, Operator op, String version) {
        Pep440Version v = (Pep440Version) scheme.parse(version);
        return new Constraint(op, v, v.normalized());
    }
}
