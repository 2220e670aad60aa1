package dev.craft.vuln;

import dev.craft.sbom.Component;
import dev.craft.sbom.Sbom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paths from the product to its components: one breadth-first walk from the SBOM's subject over the "depends on"
 * graph (so every path is a shortest one), done on first use and shared by all findings. A component the graph
 * does not reach gets its nesting chain (CycloneDX nested components), or just itself.
 */
final class DependencyPaths {

    private final Sbom sbom;
    private final Map<String, Component> byRef;
    private Map<String, String> parents;

    DependencyPaths(Sbom sbom) {
        this.sbom = sbom;
        this.byRef = new HashMap<>();
        if (sbom.subject() != null) byRef.put(sbom.subject().ref(), sbom.subject());
        for (Component c : sbom.components()) byRef.putIfAbsent(c.ref(), c);
    }

    List<String> refsTo(Component c) {
        String root = sbom.subject() == null ? null : sbom.subject().ref();
        if (root != null && !sbom.dependencies().isEmpty()) {
            if (parents == null) parents = walk(root);
            if (parents.containsKey(c.ref())) {
                var path = new ArrayList<String>();
                for (String at = c.ref(); at != null; at = parents.get(at)) path.add(at);
                Collections.reverse(path);
                return path;
            }
        }
        var chain = new ArrayList<String>();
        for (Component at = c; at != null && chain.size() < 64; at = at.parentRef() == null ? null : byRef.get(at.parentRef())) {
            chain.add(at.ref());
        }
        Collections.reverse(chain);
        return chain;
    }

    List<String> labels(List<String> refs) {
        var out = new ArrayList<String>(refs.size());
        for (String r : refs) {
            Component c = byRef.get(r);
            out.add(c == null ? r : label(c));
        }
        return out;
    }

    static String label(Component c) {
        return displayName(c) + (c.version() == null ? "" : "@" + c.version());
    }

    static String displayName(Component c) {
        return c.group() == null || c.group().isBlank() ? c.name() : c.group() + (c.purls().stream().anyMatch(p -> p.startsWith("pkg:maven/")) ? ":" : "/") + c.name();
    }

    private Map<String, String> walk(String root) {
        var parent = new HashMap<String, String>();
        var queue = new ArrayDeque<String>();
        parent.put(root, null);
        queue.add(root);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : sbom.dependencies().dependenciesOf(at)) {
                if (!parent.containsKey(next)) {
                    parent.put(next, at);
                    queue.add(next);
                }
            }
        }
        return parent;
    }
}
