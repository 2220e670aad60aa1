package dev.craft.vuln.range;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionSchemes;
import dev.craft.vuln.version.VersionText;
import dev.craft.vuln.version.rubygems.GemRequirement;
import dev.craft.vuln.version.semver.SemVerScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ranges in each ecosystem's native syntax. Supported: npm (node-semver), RubyGems requirements, PyPI
 * specifiers (PEP 440), Composer constraints, NuGet intervals, Conan ranges, OpenSSL version lists, and, for every
 * other scheme, comparator lists in the GitLab advisory notation ({@code <1.2||>=2.0 <2.1}, commas or spaces for
 * "and", {@code ||} for "or").
 */
public final class NativeRanges {

    /** An optional operator and a version; commas and spaces separate terms. */
    static final Pattern TERM = Pattern.compile("\\s*(~>|\\^|~=|===|==|!=|<>|>=|<=|>|<|=|~)?\\s*([^\\s,|]+)\\s*,?");

    private NativeRanges() {}

    /**
     * Reads {@code text} as a native range of the scheme {@code schemeId} (a vers scheme id or alias).
     *
     * @throws RangeSyntaxException when the text is not a range of that syntax, or a version is invalid
     */
    public static NativeRange parse(String schemeId, String text) {
        VersionScheme scheme = VersionSchemes.byId(schemeId)
                .orElseThrow(() -> new RangeSyntaxException("no version scheme '" + schemeId + "'"));
        try {
            return switch (scheme.id()) {
                case "npm" -> NpmRanges.parse(scheme, text);
                case "pypi" -> PypiSpecifiers.parse(scheme, text);
                case "composer" -> ComposerConstraints.parse(scheme, text);
                case "nuget" -> nuget(scheme, text);
                case "conan" -> ConanRanges.parse(scheme, text);
                case "openssl" -> versionList(scheme, text);
                case "gem" -> gem(scheme, text);
                default -> comparators(scheme, text);
            };
        } catch (InvalidVersionException e) {
            throw new RangeSyntaxException(e.getMessage(), e);
        }
    }

    /** GitLab-style comparator lists: {@code ||} between alternatives, commas or spaces between terms. */
    static NativeRange comparators(VersionScheme scheme, String text) {
        var anyOf = new ArrayList<List<Constraint>>();
        for (String alternative : alternatives(text)) {
            var all = new ArrayList<Constraint>();
            for (String[] term : terms(alternative)) {
                String op = term[0] == null ? "=" : term[0];
                if (term[1].equals("*")) {
                    all.add(Constraint.any());
                    continue;
                }
                all.add(constraint(scheme, Operator.ofSymbol(op), term[1]));
            }
            anyOf.add(all);
        }
        return new NativeRange(scheme, text, anyOf);
    }

    /** RubyGems requirements ({@code ~> 2.0.8, >= 2.0.8.1}), also in the GitLab notation with {@code ||}. */
    static NativeRange gem(VersionScheme scheme, String text) {
        var anyOf = new ArrayList<List<Constraint>>();
        for (String alternative : alternatives(text)) {
            var all = new ArrayList<Constraint>();
            var conditions = new ArrayList<String>();
            for (String[] term : terms(alternative)) conditions.add((term[0] == null ? "" : term[0]) + " " + term[1]);
            for (String[] c : GemRequirement.parse(String.join(",", conditions)).versConstraints()) {
                all.add(constraint(scheme, Operator.ofSymbol(c[0]), c[1]));
            }
            anyOf.add(all);
        }
        return new NativeRange(scheme, text, anyOf);
    }

    /** NuGet interval notation: {@code 1.0} (at least), {@code [1.0]}, {@code [1.0,2.0)}, {@code (,1.0]}. */
    static NativeRange nuget(VersionScheme scheme, String text) {
        String s = text.strip();
        var all = new ArrayList<Constraint>();
        if (!s.startsWith("[") && !s.startsWith("(")) {
            all.add(constraint(scheme, Operator.GE, s));
            return new NativeRange(scheme, text, List.of(all));
        }
        if (!(s.endsWith("]") || s.endsWith(")")) || s.length() < 3) throw new RangeSyntaxException("'" + text + "' is not a NuGet interval");
        boolean lowInclusive = s.startsWith("["), highInclusive = s.endsWith("]");
        String inner = s.substring(1, s.length() - 1);
        int comma = inner.indexOf(',');
        if (comma < 0) {
            if (!lowInclusive || !highInclusive) throw new RangeSyntaxException("'" + text + "': an exact NuGet version is written [1.0]");
            all.add(constraint(scheme, Operator.EQ, inner.strip()));
        } else {
            String low = inner.substring(0, comma).strip(), high = inner.substring(comma + 1).strip();
            if (!low.isEmpty()) all.add(constraint(scheme, lowInclusive ? Operator.GE : Operator.GT, low));
            if (!high.isEmpty()) all.add(constraint(scheme, highInclusive ? Operator.LE : Operator.LT, high));
            if (all.isEmpty()) all.add(Constraint.any());
        }
        return new NativeRange(scheme, text, List.of(all));
    }

    /** A comma-separated list of exact versions, as OpenSSL advisories write them. */
    static NativeRange versionList(VersionScheme scheme, String text) {
        var anyOf = new ArrayList<List<Constraint>>();
        for (String v : text.split(",")) {
            if (!v.isBlank()) anyOf.add(List.of(constraint(scheme, Operator.EQ, v.strip())));
        }
        if (anyOf.isEmpty()) throw new RangeSyntaxException("empty version list");
        return new NativeRange(scheme, text, anyOf);
    }

    static List<String> alternatives(String text) {
        var out = new ArrayList<String>();
        for (String a : text.split("\\|\\|")) if (!a.isBlank()) out.add(a);
        if (out.isEmpty()) throw new RangeSyntaxException("empty range");
        return out;
    }

    /** The {@code [operator or null, version]} terms of one alternative. */
    static List<String[]> terms(String alternative) {
        var out = new ArrayList<String[]>();
        Matcher m = TERM.matcher(alternative);
        int at = 0;
        while (at < alternative.length() && !alternative.substring(at).isBlank()) {
            m.region(at, alternative.length());
            if (!m.lookingAt() || m.end() == at) {
                throw new RangeSyntaxException("cannot read '" + alternative.strip() + "' as comparators");
            }
            out.add(new String[] {m.group(1), m.group(2)});
            at = m.end();
        }
        if (out.isEmpty()) throw new RangeSyntaxException("empty range alternative");
        return out;
    }

    static Constraint constraint(VersionScheme scheme, Operator op, String versionText) {
        Version v = scheme.parse(versionText);
        return new Constraint(op, v, display(scheme, versionText.strip()));
    }

    /**
     * How a version is written in vers: SemVer schemes (npm, Go, crates.io, Hex) in their normal form
     * ({@code v1.2} becomes {@code 1.2.0}); Composer without {@code v}, leading zeros, and with at least three numbers
     * ({@code 19.04} becomes {@code 19.4.0}, as Composer normalizes it); others as written.
     */
    static String display(VersionScheme scheme, String text) {
        return switch (scheme.id()) {
            case "npm", "golang", "cargo", "hex", "semver", "generic" -> ((SemVerScheme.SemVer) scheme.parse(text)).normalized();
            case "composer" -> composerDisplay(text);
            default -> text;
        };
    }

    private static String composerDisplay(String text) {
        Matcher m = COMPOSER_NUMBERS.matcher(text);
        if (!m.matches()) return text;
        var numbers = new ArrayList<String>();
        for (String p : m.group(1).split("\\.")) numbers.add(VersionText.stripZeros(p));
        while (numbers.size() < 3) numbers.add("0");
        String rest = m.group(2);
        if (!rest.isEmpty() && rest.charAt(0) != '-') rest = "-" + (rest.charAt(0) == '.' ? rest.substring(1) : rest);
        return String.join(".", numbers) + rest;
    }

    private static final Pattern COMPOSER_NUMBERS = Pattern.compile("[vV]?([0-9]+(?:\\.[0-9]+)*)(.*)");
}
