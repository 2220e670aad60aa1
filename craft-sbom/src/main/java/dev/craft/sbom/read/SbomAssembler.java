package dev.craft.sbom.read;

import dev.craft.sbom.Component;
import dev.craft.sbom.Composition;
import dev.craft.sbom.DependencyGraph;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a reader finds and builds the immutable {@link Sbom}. Owns the ref rules every format
 * shares: a component without a ref, or with one already taken, keeps its place and gets a generated ref
 * (with a warning); dependency entries naming unknown refs are kept and reported.
 */
public final class SbomAssembler {

    private final ReadContext context;
    private final List<Component> components = new ArrayList<>();
    private final Map<String, String> refLocations = new HashMap<>();
    /** Each declared ref once, so that the many copies in dependency entries share the component's String. */
    private final Map<String, String> refs = new HashMap<>();
    private final Map<String, List<String>> edges = new LinkedHashMap<>();
    private final Map<String, String> edgeLocations = new HashMap<>();
    private final List<Composition> compositions = new ArrayList<>();
    private Component subject;

    public SbomAssembler(ReadContext context) {
        this.context = context;
    }

    /** The ref a component will carry: the declared one when usable, else a generated one. */
    public String claimRef(String declared, String location) {
        if (declared == null || declared.isBlank()) {
            return context.generateRef(location, "component has no bom-ref/SPDXID");
        }
        String first = refLocations.putIfAbsent(declared, location);
        if (first == null) refs.put(declared, declared);
        if (first != null) {
            context.schemaError(location, "ref '" + declared + "' is already used at " + first + " (refs must be unique within a document)");
            String ref = context.generateRef(location, "duplicate ref '" + declared + "' (first used at " + first + ")");
            refLocations.put(ref, location);
            return ref;
        }
        return declared;
    }

    public void subject(Component s) {
        this.subject = s;
    }

    public Component subject() {
        return subject;
    }

    public void component(Component c) {
        components.add(c);
    }

    public List<Component> components() {
        return components;
    }

    /** Adds "from depends on each of to"; repeated entries for one ref are merged, in order. */
    public void depends(String from, List<String> to, String location) {
        from = refs.getOrDefault(from, from);
        List<String> list = edges.computeIfAbsent(from, k -> new ArrayList<>(to.size()));
        edgeLocations.putIfAbsent(from, location);
        for (String t : to) if (!list.contains(t)) list.add(refs.getOrDefault(t, t));
    }

    public void composition(Composition c) {
        compositions.add(c);
    }

    public Sbom build(SbomMetadata metadata) {
        // every component ref is in refLocations except generated ones for components without a ref
        Set<String> extra = new HashSet<>();
        if (subject != null) extra.add(subject.ref());
        for (Component c : components) if (!refLocations.containsKey(c.ref())) extra.add(c.ref());
        java.util.function.Predicate<String> known = r -> refLocations.containsKey(r) || extra.contains(r);
        edges.forEach((from, tos) -> {
            String where = edgeLocations.get(from);
            if (!known.test(from)) context.warn(where, "dependency entry for '" + from + "', which is no component in this SBOM");
            for (String to : tos) {
                if (!known.test(to)) context.warn(where, "'" + from + "' depends on '" + to + "', which is no component in this SBOM");
            }
        });
        return new Sbom(metadata, subject, components, DependencyGraph.of(edges), compositions);
    }
}
