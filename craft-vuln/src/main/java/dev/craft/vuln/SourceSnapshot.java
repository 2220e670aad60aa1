package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything the store keeps of one source: its provenance and its content. An import replaces the snapshot of
 * the same name as a whole, so a feed update never leaves a mix of old and new records.
 */
public record SourceSnapshot(SourceInfo info, Content content) {

    public SourceSnapshot {
        requireNonNull(info, "info must not be null");
        requireNonNull(content, "content must not be null");
        SourceKind expected = switch (content) {
            case OsvContent o -> SourceKind.OSV;
            case KevContent k -> SourceKind.KEV;
            case EpssContent e -> SourceKind.EPSS;
            case EuvdContent e -> SourceKind.EUVD;
        };
        if (expected != info.kind()) throw new IllegalArgumentException("a " + info.kind() + " source cannot hold " + expected + " content");
    }

    public String name() {
        return info.name();
    }

    /** What a source holds, by kind. */
    public sealed interface Content permits OsvContent, KevContent, EpssContent, EuvdContent {}

    public record OsvContent(List<Advisory> advisories) implements Content {
        public OsvContent {
            advisories = List.copyOf(advisories);
        }
    }

    public record KevContent(List<KevEntry> entries) implements Content {
        public KevContent {
            entries = List.copyOf(entries);
        }
    }

    public record EpssContent(EpssTable table) implements Content {
        public EpssContent {
            requireNonNull(table, "table must not be null");
        }
    }

    public record EuvdContent(List<EuvdEntry> entries) implements Content {
        public EuvdContent {
            entries = List.copyOf(entries);
        }
    }
}
