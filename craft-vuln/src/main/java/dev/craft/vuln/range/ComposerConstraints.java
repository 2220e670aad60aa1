package dev.craft.vuln.range;

import dev.craft.vuln.version.VersionScheme;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composer version constraints ({@code composer/semver} VersionParser): {@code ||} or {@code |} between
 * alternatives, commas or spaces between conditions, comparators ({@code <>} is {@code !=}), wildcards
 * ({@code 1.2.*}), tilde ({@code ~1.2} means {@code >=1.2 <2.0}), caret ({@code ^0.3} means {@code >=0.3 <0.4}) and
 * hyphen ranges. Stability flags ({@code @dev}) are dropped. Upper bounds are {@code -dev} versions, Composer's
 * lowest, so that pre-releases of the bump stay outside.
 */
final class ComposerConstraints {

    private static final Pattern HYPHEN = Pattern.compile("\\s*(\\S+)\\s+-\\s+(\\S+)\\s*");

    private ComposerConstraints() {}

    static NativeRange parse(VersionScheme scheme, String text) {
        var anyOf = new ArrayList<List<Constraint>>();
        for (String alternative : text.replaceAll("@[a-zA-Z]+", "").split("\\s*\\|\\|?\\s*")) {
            if (alternative.isBlank()) continue;
            var all = new ArrayList<Constraint>();
            Matcher h = HYPHEN.matcher(alternative);
            if (h.matches()) {
                all.add(c(scheme, Operator.GE, h.group(1)));
                List<String> to = numbers(h.group(2));
                if (to.size() < 3 && h.group(2).matches("v?[0-9.]+")) all.add(c(scheme, Operator.LT, bump(to, to.size() - 1) + "-dev"));
                else all.add(c(scheme, Operator.LE, h.group(2)));
            } else {
                for (String[] term : NativeRanges.terms(alternative)) condition(scheme, term[0] == null ? "" : term[0], term[1], all);
            }
            if (all.isEmpty()) all.add(Constraint.any());
            anyOf.add(all);
        }
        if (anyOf.isEmpty()) throw new RangeSyntaxException("empty Composer constraint");
        return new NativeRange(scheme, text, anyOf);
    }

    private static void condition(VersionScheme scheme, String op, String version, List<Constraint> out) {
        if (version.equals("*") || version.equals("x")) {
            if (!op.isEmpty() && !op.equals("=") && !op.equals("==") && !op.equals(">=")) throw new RangeSyntaxException("'" + op + version + "' is not a Composer constraint");
            return;
        }
        if (version.matches("v?[0-9]+(\\.[0-9]+)*\\.[*xX]")) {
            List<String> n = numbers(version.substring(0, version.length() - 2));
            out.add(c(scheme, Operator.GE, String.join(".", n) + "-dev"));
            out.add(c(scheme, Operator.LT, bump(n, n.size() - 1) + "-dev"));
            return;
        }
        switch (op) {
            case "~" -> {
                List<String> n = numbers(version);
                out.add(c(scheme, Operator.GE, version));
                out.add(c(scheme, Operator.LT, bump(n, Math.max(0, n.size() - 2)) + "-dev"));
            }
            case "^" -> {
                List<String> n = numbers(version);
                int i = 0;
                while (i < n.size() - 1 && n.get(i).equals("0")) i++;
                out.add(c(scheme, Operator.GE, version));
                out.add(c(scheme, Operator.LT, bump(n, i) + "-dev"));
            }
            case "<>" -> out.add(c(scheme, Operator.NE, version));
            case "", "=", "==" -> out.add(c(scheme, Operator.EQ, version));
            default -> out.add(c(scheme, Operator.ofSymbol(op), version));
        }
    }

    private static List<String> numbers(String version) {
        String s = version.startsWith("v") ? version.substring(1) : version;
        int dash = s.indexOf('-');
        if (dash >= 0) s = s.substring(0, dash);
        var out = new ArrayList<String>();
        for (String p : s.split("\\.")) {
            if (!p.matches("[0-9]+")) break;
            out.add(p);
        }
        if (out.isEmpty()) throw new RangeSyntaxException("'" + version + "' has no version number to bump");
        return out;
    }

    /** The numbers up to {@code index}, the one at {@code index} incremented ({@code 1.2.3}, 1 gives {@code 1.3}). */
    private static String bump(List<String> numbers, int index) {
        var out = new ArrayList<>(numbers.subList(0, index));
        out.add(new BigInteger(numbers.get(index)).add(BigInteger.ONE).toString());
        return String.join(".", out);
    }

    private static Constraint c(VersionScheme scheme, Operator op, String version) {
        return NativeRanges.constraint(scheme, op, version);
    }
}
