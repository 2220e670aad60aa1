package dev.craft.sbom.purl;

/**
 * Reads a purl string in one left-to-right set of index scans (no regular expressions, no splitting into
 * arrays), following the parsing steps of the purl specification: subpath after the last {@code #},
 * qualifiers after the last {@code ?}, the {@code pkg:} scheme, the type, the version after the last
 * {@code @} of the last path segment, then name and namespace.
 */
final class PurlParser {

    private PurlParser() {}

    static Purl parse(String s, boolean lenient) {
        if (s == null || s.isEmpty()) throw new MalformedPurlException("purl: empty");
        int end = s.length();
        String subpath = null;
        int hash = s.lastIndexOf('#');
        if (hash >= 0) {
            subpath = Segments.decode(s, hash + 1, end, "subpath", true);
            end = hash;
        }
        java.util.TreeMap<String, String> qualifiers = null;
        int question = s.lastIndexOf('?', end - 1);
        if (question >= 0) {
            qualifiers = Qualifiers.parse(s, question + 1, end, lenient);
            end = question;
        }
        int colon = s.indexOf(':');
        if (colon < 0 || colon >= end || colon != 3 || !s.regionMatches(lenient, 0, "pkg", 0, 3)) {
            throw new MalformedPurlException("scheme: expected 'pkg:' at the start, got '" + abbreviate(s) + "'");
        }
        int typeStart = colon + 1;
        while (typeStart < end && s.charAt(typeStart) == '/') typeStart++;
        int typeEnd = s.indexOf('/', typeStart);
        if (typeEnd < 0 || typeEnd >= end) {
            throw new MalformedPurlException("purl: expected pkg:type/name, got '" + abbreviate(s) + "'");
        }
        String type = s.substring(typeStart, typeEnd);
        TypeRule rule = PurlTypes.rule(lower(type));

        int pathStart = typeEnd + 1;
        int lastSlash = s.lastIndexOf('/', end - 1);
        String version = null;
        int at = s.lastIndexOf('@', end - 1);
        int nameEnd = end;
        if (at > lastSlash) {
            version = at + 1 < end ? PercentCoding.decode(s, at + 1, end, "version") : null;
            nameEnd = at;
        }
        String namespace;
        String name;
        if (rule.nameIsPath()) {
            int nsEnd = pathStart;
            while (nsEnd < nameEnd && s.charAt(nsEnd) == '/') nsEnd++;
            nsEnd = s.indexOf('/', nsEnd);
            if (nsEnd < 0 || nsEnd > nameEnd) nsEnd = nameEnd;
            namespace = Segments.decode(s, pathStart, nsEnd, "namespace", false);
            name = nsEnd < nameEnd ? Segments.decode(s, nsEnd + 1, nameEnd, "name", false) : null;
        } else {
            namespace = lastSlash > pathStart ? Segments.decode(s, pathStart, lastSlash, "namespace", false) : null;
            name = PercentCoding.decode(s, lastSlash + 1, nameEnd, "name");
        }
        return new Purl(type, namespace, name, version, qualifiers, subpath);
    }

    private static String lower(String type) {
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c >= 'A' && c <= 'Z') return type.toLowerCase(java.util.Locale.ROOT);
        }
        return type;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
