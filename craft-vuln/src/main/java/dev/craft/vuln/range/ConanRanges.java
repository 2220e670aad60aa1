package dev.craft.vuln.range;

import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.conan.ConanScheme.ConanVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Conan 2 version ranges ({@code conans/model/version_range.py}): {@code ||} between alternatives, spaces between
 * conditions, {@code ~} (bump the minor, or the major for a one-number version), {@code ^} (bump the first non-zero
 * number), comparators, and options after a comma ({@code include_prerelease=True}) that do not change the bounds.
 * Upper bounds end in {@code -} (Conan's lowest pre-release), so that pre-releases of the bump stay outside.
 */
final class ConanRanges {

    private ConanRanges() {}

    static NativeRange parse(VersionScheme scheme, String text) {
        String expression = text;
        int comma = expression.indexOf(',');
        if (comma >= 0) expression = expression.substring(0, comma);
        var anyOf = new ArrayList<List<Constraint>>();
        for (String alternative : expression.split("\\|\\|")) {
            var all = new ArrayList<Constraint>();
            for (String condition : alternative.strip().split("\\s+")) {
                if (condition.isEmpty() || condition.equals("*") || condition.equals("*-")) {
                    all.add(NativeRanges.constraint(scheme, Operator.GE, "0.0.0"));
                    continue;
                }
                condition(scheme, condition, all);
            }
            anyOf.add(all);
        }
        return new NativeRange(scheme, text, anyOf);
    }

    private static void condition(VersionScheme scheme, String expression, List<Constraint> out) {
        char first = expression.charAt(0);
        String op = "=";
        int index = 0;
        if (first == '>' || first == '<' || first == '^' || first == '~' || first == '=') {
            op = String.valueOf(first);
            index = 1;
            if ((first == '>' || first == '<') && expression.length() > 1 && expression.charAt(1) == '=') {
                op += "=";
                index = 2;
            }
        }
        String version = expression.substring(index);
        if (version.isEmpty()) throw new RangeSyntaxException("Conan range condition '" + expression + "' has no version");
        switch (op) {
            case "~" -> {
                ConanVersion v = (ConanVersion) scheme.parse(version);
                out.add(NativeRanges.constraint(scheme, Operator.GE, version));
                out.add(NativeRanges.constraint(scheme, Operator.LT, upperBound(v, rawItems(version).size() > 1 ? 1 : 0, version)));
            }
            case "^" -> {
                List<String> items = rawItems(version);
                int firstNonZero = 0;
                while (firstNonZero < items.size() && items.get(firstNonZero).matches("0+")) firstNonZero++;
                out.add(NativeRanges.constraint(scheme, Operator.GE, version));
                out.add(NativeRanges.constraint(scheme, Operator.LT, upperBound((ConanVersion) scheme.parse(version), firstNonZero, version)));
            }
            default -> out.add(NativeRanges.constraint(scheme, Operator.ofSymbol(op), version));
        }
    }

    private static List<String> rawItems(String version) {
        String main = version;
        int plus = main.lastIndexOf('+');
        if (plus >= 0) main = main.substring(0, plus);
        int dash = main.indexOf('-');
        if (dash >= 0) main = main.substring(0, dash);
        return List.of(main.split("\\."));
    }

    /** Conan's {@code Version.upper_bound(index)}: keep items before index, increment the item at index, append {@code -}. */
    private static String upperBound(ConanVersion v, int index, String text) {
        List<String> items = rawItems(text);
        if (index >= items.size() || !items.get(index).matches("\\d+")) {
            throw new RangeSyntaxException("cannot bump item " + index + " of Conan version '" + v.text() + "'");
        }
        var out = new ArrayList<String>(items.subList(0, index));
        out.add(new java.math.BigInteger(items.get(index)).add(java.math.BigInteger.ONE).toString());
        return String.join(".", out) + "-";
    }
}
