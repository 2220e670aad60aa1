package dev.craft.sbom.read;

/**
 * Shares one String instance among equal values that repeat across components (types, groups, versions,
 * suppliers, licence ids, property names, URLs). A direct-mapped table: no resizing, no entries, a miss
 * just replaces the slot, so the cost is one hash and one compare per value. On the generated
 * 100,000-component SBOM it cuts the model's heap and with it the garbage collector's copying (ADR 0024).
 * Not thread-safe: one per read.
 */
public final class StringCache {

    private static final int SIZE = 4096;
    private final String[] slots = new String[SIZE];

    public String share(String s) {
        if (s == null || s.length() > 200) return s;
        int i = s.hashCode() & (SIZE - 1);
        String known = slots[i];
        if (s.equals(known)) return known;
        slots[i] = s;
        return s;
    }
}
