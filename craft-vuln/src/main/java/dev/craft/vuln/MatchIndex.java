package dev.craft.vuln;

import dev.craft.vuln.purl.DistroRelease;
import dev.craft.vuln.purl.PurlNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The matching index: every affected package of every standing advisory, keyed by {@link PackageKey}, plus the
 * exploitation and EPSS data keyed by vulnerability id. Built once from a store (withdrawn advisories left out; of
 * two records with the same id, the later {@code modified} wins) and then read by any number of threads.
 *
 * <p>A lookup is one hash probe; ranges are compiled on first use and kept. The reverse question of the server,
 * "which stored components does this new advisory touch?", is {@link #packageKeysOf(Advisory)} followed by a query
 * of the components stored under those keys and {@link Matcher#match(Advisory, String)} on each: no rescan of the
 * portfolio.
 */
public final class MatchIndex {

    private final Map<PackageKey, List<IndexedAffected>> byKey;
    private final Map<String, Advisory> byId;
    private final Map<String, KevEntry> kev;
    private final Map<String, List<EuvdEntry>> euvdById;
    private final EpssTable epss;
    private final int withdrawn;
    private final Map<String, Integer> notIndexable;
    private final List<SourceInfo> sources;

    private MatchIndex(Map<PackageKey, List<IndexedAffected>> byKey, Map<String, Advisory> byId, Map<String, KevEntry> kev,
            Map<String, List<EuvdEntry>> euvdById, EpssTable epss, int withdrawn, Map<String, Integer> notIndexable, List<SourceInfo> sources) {
        this.byKey = byKey;
        this.byId = byId;
        this.kev = kev;
        this.euvdById = euvdById;
        this.epss = epss;
        this.withdrawn = withdrawn;
        this.notIndexable = notIndexable;
        this.sources = sources;
    }

    public static MatchIndex build(AdvisoryStore store) {
        Map<String, Advisory> byId = new HashMap<>();
        int withdrawn = 0;
        for (Advisory a : store.advisories()) {
            Advisory other = byId.get(a.id());
            if (other == null || newer(a, other)) byId.put(a.id(), a);
        }
        Map<PackageKey, List<IndexedAffected>> byKey = new HashMap<>();
        Map<String, Integer> notIndexable = new TreeMap<>();
        var standing = new HashMap<String, Advisory>();
        var keys = new HashMap<String, Optional<Keyed>>(); // many records name the same package: parse each purl once
        for (Advisory a : byId.values()) {
            if (a.isWithdrawn()) {
                withdrawn++;
                continue;
            }
            standing.put(a.id(), a);
            for (AffectedPackage p : a.affected()) {
                Optional<Keyed> key = keys.computeIfAbsent(p.purl() + "\u0000" + p.ecosystem() + "\u0000" + p.name(), k -> keyOf(p));
                if (key.isEmpty()) {
                    notIndexable.merge(p.ecosystem().split(":")[0], 1, Integer::sum);
                    continue;
                }
                byKey.computeIfAbsent(key.get().key(), k -> new ArrayList<>(2)).add(entry(a, p, key.get()));
            }
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        Map<String, KevEntry> kev = new HashMap<>();
        for (KevEntry k : store.kev()) kev.put(k.cveId(), k);
        Map<String, List<EuvdEntry>> euvd = new HashMap<>();
        for (EuvdEntry e : store.euvd()) {
            euvd.computeIfAbsent(e.euvdId(), k -> new ArrayList<>()).add(e);
            for (String alias : e.aliases()) euvd.computeIfAbsent(alias, k -> new ArrayList<>()).add(e);
        }
        return new MatchIndex(byKey, Collections.unmodifiableMap(standing), kev, euvd, store.epss(), withdrawn, Collections.unmodifiableMap(notIndexable),
                store.sources().stream().map(SourceSnapshot::info).toList());
    }

    private static boolean newer(Advisory a, Advisory b) {
        return a.modified() != null && (b.modified() == null || a.modified().isAfter(b.modified()));
    }

    /** The index entries of one advisory (one per affected package that has a purl type). */
    static List<IndexedAffected> entries(Advisory a) {
        var out = new ArrayList<IndexedAffected>(a.affected().size());
        for (AffectedPackage p : a.affected()) {
            Optional<Keyed> key = keyOf(p);
            if (key.isPresent()) out.add(entry(a, p, key.get()));
        }
        return out;
    }

    /** A package key and whether it came from the advisory's purl (else from ecosystem and name). */
    private record Keyed(PackageKey key, boolean fromPurl) {}

    private static IndexedAffected entry(Advisory a, AffectedPackage p, Keyed key) {
        return new IndexedAffected(a, p, key.key(), key.fromPurl() ? "purl" : "ecosystem",
                p.ecosystem().indexOf(':') < 0 ? null : DistroRelease.fromOsvEcosystem(p.ecosystem()));
    }

    private static Optional<Keyed> keyOf(AffectedPackage p) {
        if (p.purl() != null) {
            Optional<PackageKey> k = PurlNormalizer.fromPurl(p.purl());
            if (k.isPresent()) {
                // A distribution purl without namespace takes the one the ecosystem implies.
                PackageKey key = k.get();
                if (key.namespace().isEmpty()) {
                    var eco = dev.craft.vuln.version.VersionSchemes.osvEcosystem(p.ecosystem());
                    if (eco.namespace() != null && key.type().equals(eco.purlType())) key = PurlNormalizer.normalize(key.type(), eco.namespace(), key.name());
                }
                return Optional.of(new Keyed(key, true));
            }
        }
        return PurlNormalizer.fromOsv(p.ecosystem(), p.name()).map(k -> new Keyed(k, false));
    }

    /**
     * The package keys an advisory touches, for the server's reverse lookup; empty for a withdrawn advisory and for
     * ecosystems without a purl type.
     */
    public static Set<PackageKey> packageKeysOf(Advisory advisory) {
        var keys = new LinkedHashSet<PackageKey>();
        if (advisory.isWithdrawn()) return keys;
        for (IndexedAffected e : entries(advisory)) keys.add(e.key);
        return keys;
    }

    List<IndexedAffected> lookup(PackageKey key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** True when some standing advisory names this package. */
    public boolean contains(PackageKey key) {
        return byKey.containsKey(key);
    }

    public Optional<Advisory> advisory(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Standing (not withdrawn) advisories in the index. */
    public int advisories() {
        return byId.size();
    }

    public int withdrawnExcluded() {
        return withdrawn;
    }

    /** Distinct packages with at least one advisory. */
    public int packages() {
        return byKey.size();
    }

    /** Affected entries that could not be keyed (no purl type for their ecosystem), by ecosystem. */
    public Map<String, Integer> notIndexable() {
        return notIndexable;
    }

    public List<SourceInfo> sources() {
        return sources;
    }

    /** The exploitation evidence for any of these ids (KEV by CVE, EUVD by EUVD id or alias). */
    public List<Exploited> exploitation(Set<String> ids) {
        var out = new ArrayList<Exploited>();
        var seenEuvd = new LinkedHashSet<String>();
        for (String id : ids) {
            KevEntry k = kev.get(id);
            if (k != null && out.stream().noneMatch(x -> x.source().equals(Exploited.KEV) && x.id().equals(k.cveId()))) {
                out.add(new Exploited(Exploited.KEV, k.cveId(), k.dateAdded(), k.dueDate(), k.usedInRansomware()));
            }
            for (EuvdEntry e : euvdById.getOrDefault(id, List.of())) {
                if (seenEuvd.add(e.euvdId())) {
                    out.add(new Exploited(Exploited.EUVD, e.euvdId(),
                            e.exploitedSince() == null ? null : e.exploitedSince().atZone(java.time.ZoneOffset.UTC).toLocalDate(), null, null));
                }
            }
        }
        return out;
    }

    /** The EUVD ids known for any of these ids (to show next to CVE and GHSA aliases). */
    public Set<String> euvdIds(Set<String> ids) {
        var out = new LinkedHashSet<String>();
        for (String id : ids) for (EuvdEntry e : euvdById.getOrDefault(id, List.of())) out.add(e.euvdId());
        return out;
    }

    public Optional<EpssScore> epss(String cve) {
        return epss.lookup(cve);
    }
}
