package dev.craft.kb.reporting;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The Art 14 reporting clocks as the knowledge base states them ({@code dev/craft/kb/art14-reporting.yaml}).
 * Loaded and validated by {@link Art14RulesLoader}; consumed by the deadline computation in craft-assess.
 *
 * @param version          the data version (a date)
 * @param appliesFrom      the first day Art 14 applies (Art 71(2))
 * @param appliesFromCite  citation for {@code appliesFrom}
 * @param appliesFromEarliestOffset the Union's easternmost UTC offset: the application day begins at its midnight
 * @param legacyProductsCite citation that Art 14 also covers products placed before general application
 * @param noRetroactiveCite  citation that awareness before {@code appliesFrom} is not reportable
 * @param tracks           one per report kind ({@code vulnerability}, {@code incident})
 * @param finesExemption   the Art 64(10)(a) exemption
 * @param unsettled        points the text leaves open, with the reading craft takes
 */
public record Art14Rules(
        String version,
        LocalDate appliesFrom,
        String appliesFromCite,
        ZoneOffset appliesFromEarliestOffset,
        String legacyProductsCite,
        String noRetroactiveCite,
        List<Track> tracks,
        FinesExemption finesExemption,
        List<Unsettled> unsettled) {

    public Art14Rules {
        requireNonNull(version, "version must not be null");
        requireNonNull(appliesFrom, "appliesFrom must not be null");
        requireNonNull(appliesFromEarliestOffset, "appliesFromEarliestOffset must not be null");
        tracks = List.copyOf(tracks);
        unsettled = List.copyOf(unsettled);
    }

    public Track track(String kind) {
        return tracks.stream().filter(t -> t.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Art 14 track for kind " + kind));
    }

    public Unsettled unsettled(String id) {
        return unsettled.stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unsettled point " + id));
    }

    /** One reporting track: what triggers it and its three stages, in order. */
    public record Track(String kind, String title, String triggerCite, String definitionCite, List<StageRule> stages) {
        public Track {
            stages = List.copyOf(stages);
        }

        public StageRule stage(String stage) {
            return stages.stream().filter(s -> s.stage().equals(stage)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no stage " + stage + " in track " + kind));
        }
    }

    /**
     * One report stage.
     *
     * @param stage       {@code early_warning}, {@code notification} or {@code final_report}
     * @param cite        where the law sets it
     * @param clockStarts the event that starts its clock: {@code awareness},
     *                    {@code corrective_measure_available} or {@code notification_submitted}
     * @param period      the period, parsed
     * @param items       what the report must hold, each with a stable id
     */
    public record StageRule(String stage, String cite, String clockStarts, ClockPeriod period, List<ContentItem> items) {
        public StageRule {
            items = List.copyOf(items);
        }

        /** The content items' texts, in the law's order. */
        public List<String> content() {
            return items.stream().map(ContentItem::text).toList();
        }
    }

    /**
     * One item a report must hold.
     *
     * @param id        stable identifier (drafts and their JSON use it), e.g. {@code member_states}
     * @param qualifier how the law asks for it: {@code required} ("at least"), {@code where_available},
     *                  {@code where_applicable}
     * @param text      the item in the law's words (paraphrased)
     */
    public record ContentItem(String id, String qualifier, String text) {
        public ContentItem {
            requireNonNull(id, "id must not be null");
            requireNonNull(qualifier, "qualifier must not be null");
            requireNonNull(text, "text must not be null");
        }
    }

    /** Art 64(10)(a): enterprise sizes not fined for missing one stage. */
    public record FinesExemption(String stage, List<String> enterpriseSizes, String cite) {
        public FinesExemption {
            enterpriseSizes = List.copyOf(enterpriseSizes);
        }
    }

    /** A point the law leaves open and the reading craft takes. */
    public record Unsettled(String id, String question, String craftReading) {}
}
