package dev.craft.vuln.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.KevEntry;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CISA KEV catalogue, as JSON ({@code known_exploited_vulnerabilities.json}: {@code catalogVersion},
 * {@code vulnerabilities[]}) or CSV (same columns, header {@code cveID,vendorProject,...}).
 */
final class KevImporter {

    private static final CsvMapper CSV = new CsvMapper();

    private KevImporter() {}

    static SourceSnapshot read(String name, Path input, String location, Clock clock, FeedInput feed) {
        var log = new ImportLog();
        Map<String, KevEntry> byCve = new LinkedHashMap<>();
        String[] version = {null};
        FeedInput.Read read = feed.read(input, (entry, raw) -> {
            var in = new BufferedInputStream(raw);
            String source = input.toString();
            if (firstNonSpace(in) == '{') {
                JsonRecords.forEach(source, in, (doc, where) -> {
                    if (doc.path("catalogVersion").isTextual()) version[0] = doc.path("catalogVersion").asText();
                    JsonNode list = doc.path("vulnerabilities");
                    if (!list.isArray()) throw new InputException(new Problem(source, "$.vulnerabilities", "missing", "the CISA KEV JSON feed"));
                    for (int i = 0; i < list.size(); i++) {
                        JsonNode v = list.get(i);
                        add(field(v, "cveID"), field(v, "vendorProject"), field(v, "product"), field(v, "vulnerabilityName"),
                                field(v, "dateAdded"), field(v, "dueDate"), field(v, "knownRansomwareCampaignUse"),
                                field(v, "requiredAction"), field(v, "notes"), source + ": $.vulnerabilities[" + i + "]", log, byCve);
                    }
                });
            } else {
                readCsv(source, in, log, byCve);
            }
        });
        if (byCve.isEmpty()) throw new InputException(new Problem(input.toString(), "", "no KEV entry found", "the CISA KEV catalogue as JSON or CSV"));
        log.records = byCve.size();
        var info = new SourceInfo(name, SourceKind.KEV, location, clock.instant(), read.sha256(), read.bytes(), log.records, 0,
                log.skipped, Map.of(), version[0], null, null, null, log.warnings);
        return new SourceSnapshot(info, new SourceSnapshot.KevContent(new ArrayList<>(byCve.values())));
    }

    private static void readCsv(String source, InputStream in, ImportLog log, Map<String, KevEntry> byCve) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(schema).readValues(in)) {
            boolean first = true;
            while (rows.hasNextValue()) {
                long line = rows.getCurrentLocation().getLineNr();
                Map<String, String> r = rows.nextValue();
                if (first && !r.containsKey("cveID")) {
                    throw new InputException(new Problem(source, "line 1", "no cveID column", "the CISA KEV CSV header cveID,vendorProject,product,..."));
                }
                add(r.get("cveID"), r.get("vendorProject"), r.get("product"), r.get("vulnerabilityName"), r.get("dateAdded"),
                        r.get("dueDate"), r.get("knownRansomwareCampaignUse"), r.get("requiredAction"), r.get("notes"),
                        source + ": line " + line, log, byCve);
                first = false;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(new Problem(source, e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr(),
                    "invalid CSV: " + e.getOriginalMessage(), "the CISA KEV CSV"), e);
        }
    }

    private static void add(String cve, String vendor, String product, String vulnName, String added, String due,
            String ransomware, String action, String notes, String where, ImportLog log, Map<String, KevEntry> byCve) {
        if (cve == null || !cve.matches("CVE-\\d{4}-\\d{4,}")) {
            log.skip(where, "cveID '" + cve + "' is not a CVE id");
            return;
        }
        try {
            LocalDate dateAdded = LocalDate.parse(added == null ? "" : added.strip());
            LocalDate dueDate = due == null || due.isBlank() ? null : LocalDate.parse(due.strip());
            byCve.put(cve, new KevEntry(cve, vendor, product, vulnName, dateAdded, dueDate, ransomware, action, notes));
        } catch (DateTimeParseException e) {
            log.skip(where, "dateAdded/dueDate is not a date (YYYY-MM-DD)");
        }
    }

    private static String field(JsonNode v, String name) {
        JsonNode n = v.get(name);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Peeks at the first non-whitespace byte without consuming it. */
    static int firstNonSpace(BufferedInputStream in) throws IOException {
        in.mark(4096);
        int b;
        int n = 0;
        do {
            b = in.read();
            n++;
        } while (b >= 0 && n < 4096 && (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF));
        in.reset();
        return b;
    }

}
