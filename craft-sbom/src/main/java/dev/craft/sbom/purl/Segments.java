package dev.craft.sbom.purl;

/**
 * {@code /}-separated components (namespace, subpath, a git name). Empty segments carry no meaning and are
 * always dropped. In a subpath, {@code .} and {@code ..} segments are dropped too when they are written
 * unencoded or when a purl is built or written, as the specification's parse and build steps say; a
 * parsed {@code %2E%2E} stays in the decoded component (it was not a path step in the input). Each segment
 * is percent-encoded on its own so that the separators stay readable.
 */
final class Segments {

    private Segments() {}

    /**
     * Folds and cleans {@code value} (drops empty segments, and {@code .}/{@code ..} ones with {@code dropDots});
     * null when nothing is left. Returns {@code value} itself when already clean.
     */
    static String normalise(String value, TypeRule.Fold fold, boolean dropDots) {
        if (value == null || value.isEmpty()) return null;
        if (isClean(value, dropDots)) return fold.apply(value);
        var sb = new StringBuilder(value.length());
        int start = 0;
        int n = value.length();
        while (start <= n) {
            int end = value.indexOf('/', start);
            if (end < 0) end = n;
            int len = end - start;
            if (len > 0 && !(dropDots && isDots(value, start, end))) {
                if (!sb.isEmpty()) sb.append('/');
                sb.append(value, start, end);
            }
            start = end + 1;
        }
        return sb.isEmpty() ? null : fold.apply(sb.toString());
    }

    private static boolean isDots(String s, int start, int end) {
        int len = end - start;
        return len == 1 && s.charAt(start) == '.' || len == 2 && s.charAt(start) == '.' && s.charAt(start + 1) == '.';
    }

    /** True when no segment is empty (nor {@code .} or {@code ..} with {@code dropDots}). */
    private static boolean isClean(String value, boolean dropDots) {
        int segmentStart = 0;
        int n = value.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || value.charAt(i) == '/') {
                int len = i - segmentStart;
                if (len == 0 || dropDots && isDots(value, segmentStart, i)) return false;
                segmentStart = i + 1;
            }
        }
        return true;
    }

    static int count(String value) {
        int count = 1;
        for (int i = 0; i < value.length(); i++) if (value.charAt(i) == '/') count++;
        return count;
    }

    /** Appends the segments of a normalised value, each percent-encoded, joined by {@code /}; skips dot segments with {@code dropDots}. */
    static StringBuilder encode(String value, StringBuilder out, boolean dropDots) {
        if (value.indexOf('/') < 0 && !(dropDots && isDots(value, 0, value.length()))) {
            PercentCoding.encode(value, out);
            return out;
        }
        int start = 0;
        boolean first = true;
        while (start <= value.length()) {
            int end = value.indexOf('/', start);
            if (end < 0) end = value.length();
            if (!(dropDots && isDots(value, start, end))) {
                if (!first) out.append('/');
                PercentCoding.encode(value.substring(start, end), out);
                first = false;
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * Decodes {@code s[from, to)} segment by segment, dropping empty segments (and unencoded {@code .} and
     * {@code ..} ones with {@code dropDots}); null when nothing is left. A decoded segment may not contain
     * {@code /} ({@code %2F}): it would change the segments.
     */
    static String decode(String s, int from, int to, String component, boolean dropDots) {
        StringBuilder sb = null;
        int start = from;
        while (start <= to) {
            int end = s.indexOf('/', start);
            if (end < 0 || end > to) end = to;
            int len = end - start;
            if (len > 0 && !(dropDots && isDots(s, start, end))) {
                String segment = PercentCoding.decode(s, start, end, component);
                if (segment.indexOf('/') >= 0) throw new MalformedPurlException(component + ": a segment cannot contain an encoded '/', got '" + s.substring(start, end) + "'");
                if (sb == null) sb = new StringBuilder(to - from);
                else sb.append('/');
                sb.append(segment);
            }
            start = end + 1;
        }
        return sb == null ? null : sb.toString();
    }
}
