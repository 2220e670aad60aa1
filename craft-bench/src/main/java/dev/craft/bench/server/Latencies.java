package dev.craft.bench.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies of one scenario, reported as percentiles (nearest rank). */
final class Latencies {

    private final List<Long> micros = new ArrayList<>();

    synchronized void add(long nanos) {
        micros.add(nanos / 1000);
    }

    synchronized int count() {
        return micros.size();
    }

    synchronized double percentileMs(double p) {
        if (micros.isEmpty()) return Double.NaN;
        var sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1000.0;
    }

    synchronized String summary() {
        return String.format(Locale.ROOT, "n=%d p50=%.0f ms p90=%.0f ms p99=%.0f ms max=%.0f ms", micros.size(), percentileMs(50),
                percentileMs(90), percentileMs(99), percentileMs(100));
    }
}
