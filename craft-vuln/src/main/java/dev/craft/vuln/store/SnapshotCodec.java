package dev.craft.vuln.store;

import dev.craft.vuln.AffectedPackage;
import dev.craft.vuln.AffectedRange;
import dev.craft.vuln.Advisory;
import dev.craft.vuln.EpssTable;
import dev.craft.vuln.EuvdEntry;
import dev.craft.vuln.KevEntry;
import dev.craft.vuln.Severity;
import dev.craft.vuln.SourceConstraints;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceSnapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The binary form of source contents (advisories, KEV, EPSS, EUVD). The provenance lives in the manifest. */
final class SnapshotCodec {

    private static final AffectedRange.Kind[] KINDS = AffectedRange.Kind.values();

    private SnapshotCodec() {}

    static void write(BinaryOut out, SourceSnapshot s) throws IOException {
        out.string(s.name());
        switch (s.content()) {
            case SourceSnapshot.OsvContent osv -> {
                out.writeByte(0);
                out.varint(osv.advisories().size());
                for (Advisory a : osv.advisories()) advisory(out, a);
            }
            case SourceSnapshot.KevContent kev -> {
                out.writeByte(1);
                out.varint(kev.entries().size());
                for (KevEntry k : kev.entries()) {
                    out.string(k.cveId());
                    out.string(k.vendorProject());
                    out.string(k.product());
                    out.string(k.vulnerabilityName());
                    out.date(k.dateAdded());
                    out.date(k.dueDate());
                    out.string(k.knownRansomwareCampaignUse());
                    out.string(k.requiredAction());
                    out.string(k.notes());
                }
            }
            case SourceSnapshot.EpssContent epss -> {
                out.writeByte(2);
                EpssTable t = epss.table();
                out.string(t.modelVersion());
                out.date(t.scoreDate());
                out.varint(t.size());
                for (int i = 0; i < t.size(); i++) {
                    out.writeLong(t.keyAt(i));
                    out.writeFloat(t.epssAt(i));
                    out.writeFloat(t.percentileAt(i));
                }
            }
            case SourceSnapshot.EuvdContent euvd -> {
                out.writeByte(3);
                out.varint(euvd.entries().size());
                for (EuvdEntry e : euvd.entries()) {
                    out.string(e.euvdId());
                    out.strings(e.aliases());
                    out.instant(e.exploitedSince());
                    out.string(e.description());
                    out.writeDouble(e.baseScore() == null ? Double.NaN : e.baseScore());
                    out.string(e.baseScoreVector());
                }
            }
        }
    }

    /** Reads one snapshot; {@code infoByName} gives the provenance from the manifest. */
    static SourceSnapshot read(BinaryIn in, java.util.function.Function<String, SourceInfo> infoByName) throws IOException {
        String name = in.string();
        SourceInfo info = infoByName.apply(name);
        if (info == null) throw new IOException("source '" + name + "' is not in the manifest");
        int kind = in.readByte();
        SourceSnapshot.Content content = switch (kind) {
            case 0 -> {
                int n = in.count();
                var list = new ArrayList<Advisory>(n);
                for (int i = 0; i < n; i++) list.add(advisory(in, name));
                yield new SourceSnapshot.OsvContent(list);
            }
            case 1 -> {
                int n = in.count();
                var list = new ArrayList<KevEntry>(n);
                for (int i = 0; i < n; i++) {
                    list.add(new KevEntry(in.string(), in.string(), in.string(), in.string(), in.date(), in.date(), in.string(),
                            in.string(), in.string()));
                }
                yield new SourceSnapshot.KevContent(list);
            }
            case 2 -> {
                String model = in.string();
                var date = in.date();
                int n = in.count();
                long[] keys = new long[n];
                float[] epss = new float[n], pct = new float[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = in.readLong();
                    epss[i] = in.readFloat();
                    pct[i] = in.readFloat();
                }
                yield new SourceSnapshot.EpssContent(EpssTable.of(keys, epss, pct, n, date, model));
            }
            case 3 -> {
                int n = in.count();
                var list = new ArrayList<EuvdEntry>(n);
                for (int i = 0; i < n; i++) {
                    String id = in.string();
                    List<String> aliases = in.strings();
                    var since = in.instant();
                    String description = in.string();
                    double score = in.readDouble();
                    list.add(new EuvdEntry(id, aliases, since, description, Double.isNaN(score) ? null : score, in.string()));
                }
                yield new SourceSnapshot.EuvdContent(list);
            }
            default -> throw new IOException("unknown content kind " + kind);
        };
        return new SourceSnapshot(info, content);
    }

    private static void advisory(BinaryOut out, Advisory a) throws IOException {
        out.string(a.id());
        out.strings(a.aliases());
        out.string(a.summary());
        out.string(a.details());
        out.instant(a.published());
        out.instant(a.modified());
        out.instant(a.withdrawn());
        severities(out, a.severities());
        out.varint(a.affected().size());
        for (AffectedPackage p : a.affected()) {
            out.string(p.ecosystem());
            out.string(p.name());
            out.string(p.purl());
            out.varint(p.ranges().size());
            for (AffectedRange r : p.ranges()) {
                out.string(r.type());
                out.string(r.repo());
                out.varint(r.events().size());
                for (AffectedRange.Event e : r.events()) {
                    out.writeByte(e.kind().ordinal());
                    out.string(e.version());
                }
            }
            out.strings(p.versions());
            severities(out, p.severities());
            SourceConstraints c = p.sourceConstraints();
            out.writeBoolean(c != null);
            if (c != null) {
                out.string(c.conversion());
                out.string(c.syntax());
                out.strings(c.vulnerable());
                out.strings(c.patched());
                out.strings(c.unaffected());
            }
        }
        out.varint(a.references().size());
        for (Advisory.Reference r : a.references()) {
            out.string(r.type());
            out.string(r.url());
        }
    }

    private static Advisory advisory(BinaryIn in, String source) throws IOException {
        String id = in.string();
        List<String> aliases = in.strings();
        String summary = in.string(), details = in.string();
        var published = in.instant();
        var modified = in.instant();
        var withdrawn = in.instant();
        List<Severity> severities = severities(in);
        int na = in.count();
        var affected = new ArrayList<AffectedPackage>(na);
        for (int i = 0; i < na; i++) {
            String ecosystem = in.shared(), name = in.shared(), purl = in.shared();
            int nr = in.count();
            var ranges = new ArrayList<AffectedRange>(nr);
            for (int j = 0; j < nr; j++) {
                String type = in.shared(), repo = in.shared();
                int ne = in.count();
                var events = new ArrayList<AffectedRange.Event>(ne);
                for (int k = 0; k < ne; k++) {
                    int kind = in.readByte();
                    if (kind >= KINDS.length) throw new IOException("unknown event kind " + kind);
                    events.add(new AffectedRange.Event(KINDS[kind], in.shared()));
                }
                ranges.add(new AffectedRange(type, repo, events));
            }
            List<String> versions = in.strings();
            List<Severity> sev = severities(in);
            SourceConstraints c = in.readBoolean()
                    ? new SourceConstraints(in.string(), in.string(), in.strings(), in.strings(), in.strings()) : null;
            affected.add(new AffectedPackage(ecosystem, name, purl, ranges, versions, sev, c));
        }
        int nref = in.count();
        var refs = new ArrayList<Advisory.Reference>(nref);
        for (int i = 0; i < nref; i++) refs.add(new Advisory.Reference(in.shared(), in.string()));
        return new Advisory(id, aliases, summary, details, published, modified, withdrawn, severities, affected, refs, source);
    }

    private static void severities(BinaryOut out, List<Severity> list) throws IOException {
        out.varint(list.size());
        for (Severity s : list) {
            out.string(s.type());
            out.string(s.score());
        }
    }

    private static List<Severity> severities(BinaryIn in) throws IOException {
        int n = in.count();
        if (n == 0) return List.of();
        var out = new ArrayList<Severity>(n);
        for (int i = 0; i < n; i++) out.add(new Severity(in.shared(), in.shared()));
        return out;
    }
}
