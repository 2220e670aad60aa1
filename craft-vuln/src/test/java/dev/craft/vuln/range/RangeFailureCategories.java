package dev.craft.vuln.range;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * Names the reason of each expected range-conformance failure, so that the test fails on any failure that is not
 * one of the explained categories. Every category is explained in docs/vulnerabilities.md ("vers conformance").
 */
final class RangeFailureCategories {

    private static final Pattern PARTIAL_NPM = Pattern.compile("(^|[\\s<>=~^|])v?\\d+(\\.\\d+)?(\\.[xX*])?($|[\\s|])|[xX*]");

    private RangeFailureCategories() {}

    /** The category of a failure, or null when it is not explained. */
    static String categorize(String scheme, JsonNode input, JsonNode expected, String failure) {
        String nativeRange = input.path("native_range").asText("");
        String want = expected.isTextual() ? expected.asText() : "";
        String got = failure.startsWith("expected ") && failure.contains(", got ") ? failure.substring(failure.indexOf(", got ") + 6) : "";
        if (scheme.equals("nginx")) return "nginx-notation-not-implemented";
        if (want.matches(".*\\d\\+[0-9A-Za-z]+.*")) return "univers-writes-extra-number-as-build-metadata";
        String gotWithoutDashZero = got.replace("-0|", "|").replaceAll("-0$", "");
        if (scheme.equals("npm") && !got.isEmpty() && (gotWithoutDashZero.equals(want) || sameConstraints(gotWithoutDashZero, want))) {
            return "univers-drops-node-semver-dash-zero-upper-bound";
        }
        if (scheme.equals("npm") && PARTIAL_NPM.matcher(nativeRange).find()) return "univers-reads-npm-partial-version-as-exact";
        if (scheme.equals("npm") && nativeRange.contains("~") && nativeRange.matches(".*~\\S*-.*")) return "univers-reads-npm-partial-version-as-exact";
        if (scheme.equals("conan") && nativeRange.isBlank()) return "univers-writes-empty-range-for-empty-conan-expression";
        if (scheme.equals("conan") && !got.isEmpty() && got.replaceAll("(\\d)-(\\||$)", "$1$2").equals(want.replaceAll("(\\d)-(\\||$)", "$1$2"))) {
            return "univers-drops-conan-lowest-prerelease-marker";
        }
        if (scheme.equals("composer") && failure.contains("is not a valid composer version")) return "not-a-composer-version";
        if (scheme.equals("composer") && !got.isEmpty() && sameConstraints(got, want)) return "univers-orders-composer-prereleases-by-text";
        if (failure.contains("is not a valid npm version") && input.isTextual()) return "vers-parse-checks-versions-under-the-scheme";
        return null;
    }

    /** Same constraints, in a different order. */
    private static boolean sameConstraints(String a, String b) {
        var x = new java.util.ArrayList<>(java.util.List.of(a.split("\\|")));
        var y = new java.util.ArrayList<>(java.util.List.of(b.split("\\|")));
        java.util.Collections.sort(x);
        java.util.Collections.sort(y);
        return x.equals(y) && !a.equals(b);
    }
}
