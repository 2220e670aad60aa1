package dev.craft.sbom.read;

/** Locations in JSON documents, written the way craft reports them: {@code $.packages[0].checksums[3]}. */
public final class JsonPaths {

    private JsonPaths() {}

    /** A JSON Pointer ({@code /packages/0/name}) or a validator's path as a JSON path; "$" for the root. */
    public static String fromPointer(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/") || pointer.equals("$")) return "$";
        if (pointer.startsWith("$")) return pointer;
        var sb = new StringBuilder("$");
        for (String seg : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
            String s = seg.replace("~1", "/").replace("~0", "~");
            if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) sb.append('[').append(s).append(']');
            else if (s.matches("[A-Za-z_][A-Za-z0-9_]*")) sb.append('.').append(s);
            else sb.append("['").append(s.replace("'", "\\'")).append("']");
        }
        return sb.toString();
    }

    /** {@code inner} (relative to an element) appended to the element's own path. */
    public static String under(String elementPath, String inner) {
        String rel = fromPointer(inner);
        return elementPath + rel.substring(1);
    }
}
