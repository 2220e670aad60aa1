package dev.craft.kb.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads and validates {@code dev/craft/kb/art14-reporting.yaml}. A malformed file fails at start-up with
 * the file and the offending entry named: a wrong clock must never be computed from a broken rule.
 */
public final class Art14RulesLoader {

    static final String RESOURCE = "/dev/craft/kb/art14-reporting.yaml";
    private static final Set<String> KINDS = Set.of("vulnerability", "incident");
    private static final List<String> STAGES = List.of("early_warning", "notification", "final_report");
    private static final Set<String> QUALIFIERS = Set.of("required", "where_available", "where_applicable");
    private static final Set<String> CLOCK_STARTS =
            Set.of("awareness", "corrective_measure_available", "notification_submitted");

    private Art14RulesLoader() {}

    /** The rules shipped with this build of craft. */
    public static Art14Rules standard() {
        try (InputStream in = Art14RulesLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("knowledge-base file missing from the build: " + RESOURCE);
            return load(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates rules from YAML; {@code source} names the file in error messages. */
    public static Art14Rules load(String source, InputStream yaml) throws IOException {
        var mapper = new ObjectMapper(new YAMLFactory())
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        RawFile raw = mapper.readValue(yaml, RawFile.class);
        return validate(source, raw);
    }

    private static Art14Rules validate(String source, RawFile raw) {
        var errors = new ArrayList<String>();
        require(errors, raw.version, "version");
        require(errors, raw.appliesFrom, "applies_from");
        require(errors, raw.appliesFromCite, "applies_from_cite");
        ZoneOffset earliestOffset = null;
        try {
            earliestOffset = ZoneOffset.of(String.valueOf(raw.appliesFromEarliestOffset));
        } catch (DateTimeException e) {
            errors.add("applies_from_earliest_offset: '" + raw.appliesFromEarliestOffset + "' is not a UTC offset such as +04:00");
        }
        var tracks = new ArrayList<Art14Rules.Track>();
        var kindsSeen = new ArrayList<String>();
        for (int i = 0; raw.tracks != null && i < raw.tracks.size(); i++) {
            RawTrack t = raw.tracks.get(i);
            String at = "tracks[" + i + "]";
            if (!KINDS.contains(t.kind)) errors.add(at + ".kind: '" + t.kind + "' is not one of " + KINDS);
            kindsSeen.add(t.kind);
            require(errors, t.triggerCite, at + ".trigger_cite");
            var stages = new ArrayList<Art14Rules.StageRule>();
            List<RawStage> rawStages = t.stages == null ? List.of() : t.stages;
            for (int j = 0; j < rawStages.size(); j++) {
                RawStage s = rawStages.get(j);
                String sat = at + ".stages[" + j + "]";
                if (j >= STAGES.size() || !STAGES.get(j).equals(s.stage)) {
                    errors.add(sat + ".stage: expected " + (j < STAGES.size() ? STAGES.get(j) : "no more stages")
                            + ", found " + s.stage);
                }
                if (!CLOCK_STARTS.contains(s.clockStarts)) {
                    errors.add(sat + ".clock_starts: '" + s.clockStarts + "' is not one of " + CLOCK_STARTS);
                }
                require(errors, s.cite, sat + ".cite");
                ClockPeriod period = null;
                try {
                    period = ClockPeriod.parse(String.valueOf(s.period));
                } catch (IllegalArgumentException e) {
                    errors.add(sat + ".period: " + e.getMessage());
                }
                stages.add(new Art14Rules.StageRule(s.stage, s.cite, s.clockStarts, period, items(errors, sat, s.content)));
            }
            if (rawStages.size() != STAGES.size()) errors.add(at + ".stages: expected the three stages " + STAGES);
            tracks.add(new Art14Rules.Track(t.kind, t.title, t.triggerCite, t.definitionCite, stages));
        }
        if (!kindsSeen.containsAll(KINDS) || kindsSeen.size() != KINDS.size()) {
            errors.add("tracks: expected exactly one track for each of " + KINDS + ", found " + kindsSeen);
        }
        if (raw.finesExemption == null) errors.add("fines_exemption: missing");
        if (!errors.isEmpty()) {
            throw new IllegalStateException("invalid knowledge-base file " + source + ":\n  " + String.join("\n  ", errors));
        }
        var unsettled = new ArrayList<Art14Rules.Unsettled>();
        if (raw.unsettled != null) {
            for (RawUnsettled u : raw.unsettled) unsettled.add(new Art14Rules.Unsettled(u.id, u.question, u.craftReading));
        }
        var fe = raw.finesExemption;
        return new Art14Rules(raw.version, raw.appliesFrom, raw.appliesFromCite, earliestOffset, raw.legacyProductsCite,
                raw.noRetroactiveCite, tracks,
                new Art14Rules.FinesExemption(fe.stage, fe.enterpriseSizes == null ? List.of() : fe.enterpriseSizes, fe.cite),
                unsettled);
    }

    private static List<Art14Rules.ContentItem> items(List<String> errors, String at, List<RawItem> raw) {
        var items = new ArrayList<Art14Rules.ContentItem>();
        var ids = new HashSet<String>();
        if (raw == null || raw.isEmpty()) errors.add(at + ".content: missing (each stage lists what the report must hold)");
        for (int k = 0; raw != null && k < raw.size(); k++) {
            RawItem item = raw.get(k);
            String iat = at + ".content[" + k + "]";
            require(errors, item.id, iat + ".id");
            require(errors, item.text, iat + ".text");
            if (item.id != null && !ids.add(item.id)) errors.add(iat + ".id: '" + item.id + "' appears twice in this stage");
            if (!QUALIFIERS.contains(item.qualifier)) {
                errors.add(iat + ".qualifier: '" + item.qualifier + "' is not one of " + QUALIFIERS);
            }
            if (item.id != null && item.text != null && QUALIFIERS.contains(item.qualifier)) {
                items.add(new Art14Rules.ContentItem(item.id, item.qualifier, item.text));
            }
        }
        return items;
    }

    private static void require(List<String> errors, Object value, String path) {
        if (value == null || (value instanceof String s && s.isBlank())) errors.add(path + ": missing");
    }

    // Raw shapes of the YAML file; fields are bound by Jackson.
    static final class RawFile {
        @JsonProperty String kbFile;
        @JsonProperty String version;
        @JsonProperty LocalDate appliesFrom;
        @JsonProperty String appliesFromCite;
        @JsonProperty String appliesFromEarliestOffset;
        @JsonProperty String legacyProductsCite;
        @JsonProperty String noRetroactiveCite;
        @JsonProperty List<RawTrack> tracks;
        @JsonProperty RawFinesExemption finesExemption;
        @JsonProperty List<RawUnsettled> unsettled;
    }

    static final class RawTrack {
        @JsonProperty String kind;
        @JsonProperty String title;
        @JsonProperty String triggerCite;
        @JsonProperty String definitionCite;
        @JsonProperty List<RawStage> stages;
    }

    static final class RawStage {
        @JsonProperty String stage;
        @JsonProperty String cite;
        @JsonProperty String clockStarts;
        @JsonProperty String period;
        @JsonProperty List<RawItem> content;
    }

    static final class RawItem {
        @JsonProperty String id;
        @JsonProperty String qualifier;
        @JsonProperty String text;
    }

    static final class RawFinesExemption {
        @JsonProperty String stage;
        @JsonProperty List<String> enterpriseSizes;
        @JsonProperty String cite;
    }

    static final class RawUnsettled {
        @JsonProperty String id;
        @JsonProperty String question;
        @JsonProperty String craftReading;
    }
}
