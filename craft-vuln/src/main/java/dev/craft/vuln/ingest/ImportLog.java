package dev.craft.vuln.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts and the first warnings of one import. */
final class ImportLog {
    static final int MAX_WARNINGS = 50;

    final List<String> warnings = new ArrayList<>();
    final Map<String, Integer> ecosystems = new TreeMap<>();
    int records;
    int withdrawn;
    int skipped;

    void skip(String where, String why) {
        skipped++;
        warn(where + ": " + why);
    }

    void warn(String message) {
        if (warnings.size() < MAX_WARNINGS) warnings.add(message);
        else if (warnings.size() == MAX_WARNINGS) warnings.add("... more warnings not kept");
    }
}
