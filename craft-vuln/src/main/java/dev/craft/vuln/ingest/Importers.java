package dev.craft.vuln.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.Advisory;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a feed file or folder into a {@link SourceSnapshot}: OSV (single records, arrays, JSON Lines, folders,
 * osv.dev {@code all.zip}, gzip), CISA KEV (JSON or CSV), FIRST EPSS (CSV, gzip) and the ENISA EUVD exploited list
 * (JSON). The same code serves {@code craft db import} (air-gapped files) and {@code craft db sync} (downloads).
 */
public final class Importers {

    private Importers() {}

    /**
     * Reads one source.
     *
     * @param kind     what the input holds
     * @param name     the source name it will have in the store
     * @param input    a file or folder
     * @param location where it came from (the path, or the URL it was downloaded from)
     * @throws InputException when the input cannot be read or holds no usable record
     */
    public static SourceSnapshot read(SourceKind kind, String name, Path input, String location, Clock clock,
            InputLimits limits, ProgressListener progress) {
        if (!Files.exists(input)) throw new InputException(Problem.at(input.toString(), "", "no such file or folder"));
        var feed = new FeedInput(limits, progress, "import " + name);
        return switch (kind) {
            case OSV -> osv(name, input, location, clock, feed);
            case KEV -> KevImporter.read(name, input, location, clock, feed);
            case EPSS -> EpssImporter.read(name, input, location, clock, feed);
            case EUVD -> EuvdImporter.read(name, input, location, clock, feed);
        };
    }

    /**
     * Reads one OSV record given as JSON text (for the server's advisory upload and for tests).
     *
     * @throws InputException when the text is not JSON or not a usable OSV record
     */
    public static Advisory parseOsv(String json, String sourceName) {
        var list = new ArrayList<Advisory>();
        var log = new ImportLog();
        JsonRecords.forEach(sourceName, new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), (node, where) -> {
            try {
                list.add(OsvRecordReader.read(node, sourceName));
            } catch (OsvRecordReader.RecordException e) {
                log.skip(where + ": " + e.path, e.getMessage());
            }
        });
        if (list.size() != 1) {
            throw new InputException(new Problem(sourceName, "", list.isEmpty() && !log.warnings.isEmpty() ? log.warnings.get(0) : "expected one OSV record, found " + list.size(),
                    "one OSV record (https://ossf.github.io/osv-schema/)"));
        }
        return list.get(0);
    }

    /**
     * Guesses the kind from a file name ({@code known_exploited_vulnerabilities.json} is KEV, {@code epss_scores...}
     * EPSS, {@code euvd...} EUVD), else from the first 4 KB of a plain file: a KEV catalogue names its
     * {@code catalogVersion} or {@code cveID}s, an EPSS file its {@code epss,percentile} columns, an EUVD list its
     * {@code exploitedSince} dates. Anything else is read as OSV (whose reader then says what it expected).
     */
    public static SourceKind guessKind(Path input) {
        String n = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.contains("known_exploited") || n.startsWith("kev")) return SourceKind.KEV;
        if (n.contains("epss")) return SourceKind.EPSS;
        if (n.contains("euvd")) return SourceKind.EUVD;
        if (n.endsWith(".zip") || n.endsWith(".gz") || !java.nio.file.Files.isRegularFile(input)) return SourceKind.OSV;
        String head;
        try (var in = java.nio.file.Files.newInputStream(input)) {
            head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return SourceKind.OSV; // the import itself reports the I/O error with the file name
        }
        if (head.contains("\"catalogVersion\"") || head.contains("\"cveID\"") || head.startsWith("cveID,")) return SourceKind.KEV;
        if (head.contains("epss,percentile")) return SourceKind.EPSS;
        if (head.contains("\"exploitedSince\"")) return SourceKind.EUVD;
        return SourceKind.OSV;
    }

    private static SourceSnapshot osv(String name, Path input, String location, Clock clock, FeedInput feed) {
        var log = new ImportLog();
        Map<String, Advisory> byId = new LinkedHashMap<>();
        FeedInput.Read read = feed.read(input, (entry, in) -> {
            String lower = entry.toLowerCase(Locale.ROOT);
            String top = input.getFileName() == null ? "" : input.getFileName().toString();
            boolean contained = !entry.equals(top) && !(top.endsWith(".gz") && entry.equals(top.substring(0, top.length() - 3)));
            if (contained && !lower.endsWith(".json") && !lower.endsWith(".jsonl") && !lower.endsWith(".ndjson")) {
                log.warn(entry + ": ignored (not a .json or .jsonl file)");
                return;
            }
            String source = contained ? input + "!" + entry : input.toString();
            JsonRecords.forEach(source, in, (node, where) -> accept(node, where, source, name, log, byId));
        });
        if (byId.isEmpty()) {
            throw new InputException(new Problem(input.toString(), "", log.skipped > 0
                    ? "no usable OSV record (" + log.skipped + " refused; first: " + log.warnings.get(0) + ")"
                    : "no OSV record found", "OSV JSON records (https://ossf.github.io/osv-schema/)"));
        }
        for (Advisory a : byId.values()) {
            log.records++;
            if (a.isWithdrawn()) log.withdrawn++;
            var seen = new HashSet<String>();
            for (var p : a.affected()) {
                String eco = p.ecosystem().contains(":") ? p.ecosystem().substring(0, p.ecosystem().indexOf(':')) : p.ecosystem();
                if (seen.add(eco)) log.ecosystems.merge(eco, 1, Integer::sum);
            }
        }
        var info = new SourceInfo(name, SourceKind.OSV, location, clock.instant(), read.sha256(), read.bytes(), log.records,
                log.withdrawn, log.skipped, log.ecosystems, null, null, null, null, log.warnings);
        return new SourceSnapshot(info, new SourceSnapshot.OsvContent(new ArrayList<>(byId.values())));
    }

    private static void accept(JsonNode node, String where, String source, String name, ImportLog log, Map<String, Advisory> byId) {
        try {
            Advisory a = OsvRecordReader.read(node, name);
            Advisory earlier = byId.get(a.id());
            if (earlier != null) log.warn(source + ": " + where + ": duplicate id " + a.id() + "; the record with the later 'modified' is kept");
            if (earlier == null || isNewer(a, earlier)) byId.put(a.id(), a);
        } catch (OsvRecordReader.RecordException e) {
            log.skip(source + ": " + where + ": " + e.path, e.getMessage());
        } catch (IllegalArgumentException e) {
            log.skip(source + ": " + where, e.getMessage());
        }
    }

    private static boolean isNewer(Advisory a, Advisory b) {
        if (a.modified() == null) return false;
        return b.modified() == null || a.modified().isAfter(b.modified()) || a.modified().equals(b.modified());
    }

    static InputException noSuchFile(Path p) {
        return new InputException(Problem.at(p.toString(), "", "no such file"), new NoSuchFileException(p.toString()));
    }
}
