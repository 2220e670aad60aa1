package dev.craft.sbom.diff;

import java.util.List;

/** The differences between two SBOMs; {@code unchanged} counts matched components with no difference. */
public record SbomDiff(List<ComponentChange> changes, int unchanged) {
    public SbomDiff {
        changes = List.copyOf(changes);
    }

    public long count(ComponentChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
