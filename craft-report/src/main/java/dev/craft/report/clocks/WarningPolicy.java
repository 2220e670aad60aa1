package dev.craft.report.clocks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How long before each deadline to warn, for example 12 h, 4 h and 1 h; an overdue warning is always sent once.
 *
 * @param leadTimes positive, distinct, sorted longest first
 */
public record WarningPolicy(List<Duration> leadTimes) {

    public static final WarningPolicy DEFAULT = new WarningPolicy(List.of(Duration.ofHours(12), Duration.ofHours(4), Duration.ofHours(1)));

    public WarningPolicy {
        var sorted = new ArrayList<>(leadTimes);
        for (Duration d : sorted) {
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("lead times must be positive: " + d);
        }
        sorted.sort(Comparator.reverseOrder());
        if (sorted.stream().distinct().count() != sorted.size()) throw new IllegalArgumentException("lead times must be distinct: " + leadTimes);
        leadTimes = List.copyOf(sorted);
    }

    /** Parses "12h,4h,1h" or ISO-8601 ("PT12H,PT30M"). */
    public static WarningPolicy parse(String spec) {
        var list = new ArrayList<Duration>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            try {
                list.add(p.toUpperCase(java.util.Locale.ROOT).startsWith("P") ? Duration.parse(p) : Duration.parse("PT" + p.toUpperCase(java.util.Locale.ROOT)));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: '" + p + "' (expected e.g. 12h, 30m or PT12H)", e);
            }
        }
        return new WarningPolicy(list);
    }
}
