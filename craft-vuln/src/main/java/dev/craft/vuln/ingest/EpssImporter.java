package dev.craft.vuln.ingest;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.vuln.EpssTable;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

/**
 * FIRST EPSS scores ({@code epss_scores-YYYY-MM-DD.csv[.gz]}): an optional first line
 * {@code #model_version:v2025.03.14,score_date:2025-08-25T00:00:00+0000}, the header {@code cve,epss,percentile},
 * then one row per CVE. The file has no quoting (three plain columns, about 300,000 rows), so it is read line by
 * line into the compact {@link EpssTable} without a per-row object.
 */
final class EpssImporter {

    private EpssImporter() {}

    static SourceSnapshot read(String name, Path input, String location, Clock clock, FeedInput feed) {
        var log = new ImportLog();
        var table = new EpssTable[1];
        FeedInput.Read read = feed.read(input, (entry, raw) -> {
            String source = input.toString();
            var reader = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
            String model = null;
            LocalDate date = null;
            long[] keys = new long[1 << 16];
            float[] epss = new float[keys.length], pct = new float[keys.length];
            int n = 0, lineNr = 0, cveCol = -1, epssCol = -1, pctCol = -1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNr++;
                if (line.length() > 4096) throw new InputException(Problem.at(source, "line " + lineNr, "line longer than 4096 characters"));
                if (line.isBlank()) continue;
                if (line.startsWith("#")) {
                    for (String part : line.substring(1).split(",")) {
                        String[] kv = part.split(":", 2);
                        if (kv.length < 2) continue;
                        if (kv[0].strip().equals("model_version")) model = kv[1].strip();
                        if (kv[0].strip().equals("score_date")) date = date(kv[1].strip());
                    }
                    continue;
                }
                String[] cols = line.split(",", -1);
                if (cveCol < 0) {
                    var header = Arrays.asList(cols);
                    cveCol = header.indexOf("cve");
                    epssCol = header.indexOf("epss");
                    pctCol = header.indexOf("percentile");
                    if (cveCol < 0 || epssCol < 0 || pctCol < 0) {
                        throw new InputException(new Problem(source, "line " + lineNr, "missing EPSS header", "cve,epss,percentile"));
                    }
                    continue;
                }
                try {
                    long k = EpssTable.key(cols[cveCol].strip());
                    float e = Float.parseFloat(cols[epssCol]), p = Float.parseFloat(cols[pctCol]);
                    if (k < 0 || e < 0 || e > 1 || p < 0 || p > 1) throw new NumberFormatException();
                    if (n == keys.length) {
                        keys = Arrays.copyOf(keys, n * 2);
                        epss = Arrays.copyOf(epss, n * 2);
                        pct = Arrays.copyOf(pct, n * 2);
                    }
                    keys[n] = k;
                    epss[n] = e;
                    pct[n] = p;
                    n++;
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    log.skip(source + ": line " + lineNr, "not a row 'CVE-YYYY-N,probability,percentile'");
                }
            }
            table[0] = EpssTable.of(keys, epss, pct, n, date, model);
        });
        if (table[0] == null || table[0].size() == 0) {
            throw new InputException(new Problem(input.toString(), "", "no EPSS score found", "the FIRST EPSS CSV (cve,epss,percentile)"));
        }
        EpssTable t = table[0];
        String version = (t.modelVersion() == null ? "" : t.modelVersion()) + (t.scoreDate() == null ? "" : " " + t.scoreDate());
        var info = new SourceInfo(name, SourceKind.EPSS, location, clock.instant(), read.sha256(), read.bytes(), t.size(), 0,
                log.skipped, Map.of(), version.isBlank() ? null : version.strip(), null, null, null, log.warnings);
        return new SourceSnapshot(info, new SourceSnapshot.EpssContent(t));
    }

    private static LocalDate date(String s) {
        try {
            return OffsetDateTime.parse(s.replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
