package dev.craft.sbom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "depends on" graph between component refs, as the document states it (CycloneDX {@code dependencies},
 * SPDX {@code DEPENDS_ON}/{@code DEPENDENCY_OF}/{@code CONTAINS} relationships). Immutable; the reverse index
 * is built on first use (most readers of a graph never ask for dependents; ADR 0024).
 */
public final class DependencyGraph {

    private static final DependencyGraph EMPTY = new DependencyGraph(Map.of());

    private final Map<String, List<String>> edges;
    private volatile Map<String, List<String>> reverse;

    private DependencyGraph(Map<String, List<String>> edges) {
        var copy = new LinkedHashMap<String, List<String>>(Math.max(16, edges.size() * 4 / 3 + 1));
        edges.forEach((from, tos) -> copy.put(from, List.copyOf(tos)));
        this.edges = Collections.unmodifiableMap(copy);
    }

    private Map<String, List<String>> reverse() {
        Map<String, List<String>> r = reverse;
        if (r == null) {
            var rev = new HashMap<String, List<String>>();
            edges.forEach((from, tos) -> {
                for (String to : tos) rev.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
            });
            rev.replaceAll((k, v) -> List.copyOf(v));
            r = Map.copyOf(rev);
            reverse = r; // racing threads build equal maps; any of them may win
        }
        return r;
    }

    /** A graph from ref to the refs it directly depends on; iteration order is kept. */
    public static DependencyGraph of(Map<String, List<String>> edges) {
        return edges.isEmpty() ? EMPTY : new DependencyGraph(edges);
    }

    public static DependencyGraph empty() {
        return EMPTY;
    }

    /** Every ref that has a dependency entry, with its direct dependencies, in document order. */
    public Map<String, List<String>> edges() {
        return edges;
    }

    /** The direct dependencies of {@code ref}; empty when it has none or no entry. */
    public List<String> dependenciesOf(String ref) {
        return edges.getOrDefault(ref, List.of());
    }

    /** The refs that directly depend on {@code ref}. */
    public List<String> dependentsOf(String ref) {
        return reverse().getOrDefault(ref, List.of());
    }

    /** True when the document gives a dependency entry for {@code ref} (even an empty one). */
    public boolean hasEntry(String ref) {
        return edges.containsKey(ref);
    }

    public boolean isEmpty() {
        return edges.isEmpty();
    }

    /**
     * A shortest path {@code from -> ... -> to} following "depends on" edges, both ends included;
     * empty when {@code to} is not reachable. Breadth-first, so the path through the fewest hops wins.
     */
    public List<String> shortestPath(String from, String to) {
        if (from.equals(to)) return List.of(from);
        var previous = new HashMap<String, String>();
        var queue = new ArrayDeque<String>();
        queue.add(from);
        previous.put(from, from);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (String next : dependenciesOf(current)) {
                if (previous.putIfAbsent(next, current) != null) continue;
                if (next.equals(to)) return unwind(previous, from, to);
                queue.add(next);
            }
        }
        return List.of();
    }

    /** The longest shortest-path distance from {@code root} to any reachable ref (0 when it has no dependencies). */
    public int depthFrom(String root) {
        var seen = new HashMap<String, Integer>();
        var queue = new ArrayDeque<String>();
        seen.put(root, 0);
        queue.add(root);
        int max = 0;
        while (!queue.isEmpty()) {
            String current = queue.poll();
            int d = seen.get(current);
            max = Math.max(max, d);
            for (String next : dependenciesOf(current)) {
                if (seen.putIfAbsent(next, d + 1) == null) queue.add(next);
            }
        }
        return max;
    }

    private static List<String> unwind(Map<String, String> previous, String from, String to) {
        var path = new ArrayList<String>();
        for (String at = to; ; at = previous.get(at)) {
            path.add(at);
            if (at.equals(from)) break;
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DependencyGraph g && g.edges.equals(edges);
    }

    @Override
    public int hashCode() {
        return edges.hashCode();
    }

    @Override
    public String toString() {
        return "DependencyGraph" + edges;
    }
}
