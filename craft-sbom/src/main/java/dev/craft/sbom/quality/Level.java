package dev.craft.sbom.quality;

/** How binding a rule is. A failed MUST fails the gate ({@code craft sbom check} exits 1). */
public enum Level {
    MUST(3), SHOULD(2), MAY(1);

    private final int weight;

    Level(int weight) {
        this.weight = weight;
    }

    /** Weight in the profile score. */
    public int weight() {
        return weight;
    }
}
