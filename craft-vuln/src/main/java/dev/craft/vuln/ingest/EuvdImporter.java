package dev.craft.vuln.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.EuvdEntry;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exploited vulnerabilities of the ENISA EU Vulnerability Database, as its API returns them: a JSON array of
 * items ({@code /api/exploitedvulnerabilities}), or search pages {@code {"items": [...], "total": N}}
 * ({@code /api/search?exploited=true}), one after another when several pages were saved. Per item craft reads
 * {@code id} ({@code EUVD-YYYY-N}), {@code aliases} (newline-separated text or an array), {@code exploitedSince}
 * (the API writes {@code Apr 9, 2025, 12:00:00 AM}; ISO dates are accepted too), {@code description},
 * {@code baseScore} and {@code baseScoreVector}. Items without an exploitation date are not exploited and are skipped.
 */
final class EuvdImporter {

    private static final DateTimeFormatter API_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US);

    private EuvdImporter() {}

    static SourceSnapshot read(String name, Path input, String location, Clock clock, FeedInput feed) {
        var log = new ImportLog();
        Map<String, EuvdEntry> byId = new LinkedHashMap<>();
        int[] notExploited = {0};
        FeedInput.Read read = feed.read(input, (entry, in) -> {
            String source = input.toString();
            JsonRecords.forEach(source, in, (doc, where) -> {
                if (doc.isObject() && doc.has("items")) {
                    JsonNode items = doc.path("items");
                    for (int i = 0; i < items.size(); i++) item(items.get(i), source + ": " + where + " items[" + i + "]", log, byId, notExploited);
                } else {
                    item(doc, source + ": " + where, log, byId, notExploited);
                }
            });
        });
        if (notExploited[0] > 0) log.warn(notExploited[0] + " items without exploitedSince were skipped (not exploited)");
        if (byId.isEmpty()) {
            throw new InputException(new Problem(input.toString(), "", "no exploited EUVD entry found",
                    "EUVD API JSON: items with id EUVD-YYYY-N and exploitedSince"));
        }
        log.records = byId.size();
        var info = new SourceInfo(name, SourceKind.EUVD, location, clock.instant(), read.sha256(), read.bytes(), log.records, 0,
                log.skipped, Map.of(), null, null, null, null, log.warnings);
        return new SourceSnapshot(info, new SourceSnapshot.EuvdContent(new ArrayList<>(byId.values())));
    }

    private static void item(JsonNode item, String where, ImportLog log, Map<String, EuvdEntry> byId, int[] notExploited) {
        String id = item.path("id").asText("").strip();
        if (!EuvdEntry.ID.matcher(id).matches()) {
            log.skip(where, "id '" + id + "' is not an EUVD id (EUVD-YYYY-N)");
            return;
        }
        String since = item.path("exploitedSince").asText("").strip();
        boolean flagged = item.path("exploited").asBoolean(false);
        if (since.isEmpty() && !flagged) {
            notExploited[0]++;
            return;
        }
        Instant exploitedSince = null;
        if (!since.isEmpty()) {
            exploitedSince = instant(since);
            if (exploitedSince == null) log.warn(where + ": exploitedSince '" + since + "' is not a date; kept without it");
        }
        var aliases = new ArrayList<String>();
        JsonNode a = item.path("aliases");
        if (a.isArray()) a.forEach(n -> addAlias(aliases, n.asText()));
        else for (String s : a.asText("").split("[\\n,]")) addAlias(aliases, s);
        Double score = item.path("baseScore").isNumber() && item.path("baseScore").asDouble() >= 0 ? item.path("baseScore").asDouble() : null;
        String vector = item.path("baseScoreVector").isTextual() ? item.path("baseScoreVector").asText() : null;
        byId.put(id, new EuvdEntry(id, aliases, exploitedSince, item.path("description").asText(null), score, vector));
    }

    private static void addAlias(List<String> aliases, String s) {
        String t = s.strip();
        if (!t.isEmpty() && !aliases.contains(t)) aliases.add(t);
    }

    /** The EUVD API's {@code MMM d, yyyy, h:mm:ss a} (read as UTC), or ISO 8601. */
    static Instant instant(String s) {
        try {
            return LocalDateTime.parse(s, API_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through to ISO forms
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
