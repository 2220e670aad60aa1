package dev.craft.vuln;

import dev.craft.vuln.AffectedRange.Kind;
import dev.craft.vuln.range.NativeRange;
import dev.craft.vuln.range.NativeRanges;
import dev.craft.vuln.range.RangeSyntaxException;
import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import dev.craft.vuln.version.VersionSchemes;
import dev.craft.vuln.version.rubygems.GemRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An affected entry with its ranges parsed: the scheme each range is evaluated in (and whether that is a fallback),
 * its events parsed and sorted, the vers rendering shown in explanations, and the source constraints, if any.
 * Problems found while compiling are kept, so that the evaluation can say "could not check" and why.
 */
record CompiledAffected(
        VersionScheme scheme,
        String fallback,
        java.util.Set<String> listedText,
        java.util.Set<Version> listed,
        List<Range> ranges,
        List<String> gitRepos,
        List<String> unknownTypes,
        Constraints constraints,
        List<String> fixed) {

    /** One evaluable range ({@code SEMVER} or {@code ECOSYSTEM}); {@code error} is set when an event cannot be parsed. */
    record Range(String type, VersionScheme scheme, String fallback, List<Event> events, String error, String vers) {}

    /** A parsed event; {@code version} is null for {@code introduced: "0"}. */
    record Event(Kind kind, String text, Version version) {}

    /** The converted database's constraints, compiled in their native syntax; {@code error} when they cannot be read. */
    record Constraints(SourceConstraints source, VersionScheme scheme, List<NativeRange> vulnerable, List<GemRequirement> gemPatched,
            List<GemRequirement> gemUnaffected, List<NativeRange> patched, List<NativeRange> unaffected, String error) {}

    static CompiledAffected compile(IndexedAffected e) {
        VersionScheme ecosystemScheme = VersionSchemes.forPurlType(e.key.type()).orElse(null);
        String fallback = null;
        if (ecosystemScheme == null) {
            ecosystemScheme = VersionSchemes.fallback();
            fallback = "no version scheme is known for " + e.pkg.ecosystem() + " (purl type " + e.key.type()
                    + "); versions compared with the generic SemVer ordering";
        }
        var ranges = new ArrayList<Range>();
        var git = new ArrayList<String>();
        var unknown = new ArrayList<String>();
        var fixed = new ArrayList<String>();
        for (AffectedRange r : e.pkg.ranges()) {
            switch (r.type()) {
                case "SEMVER" -> ranges.add(range(r, VersionSchemes.semver(), null, fixed));
                case "ECOSYSTEM" -> ranges.add(range(r, ecosystemScheme, fallback, fixed));
                case "GIT" -> git.add(r.repo() == null ? "(no repo)" : r.repo());
                default -> unknown.add(r.type());
            }
        }
        Constraints constraints = null;
        SourceConstraints sc = e.pkg.sourceConstraints();
        if (sc != null && sc.overridesRanges()) {
            constraints = constraints(sc);
            addFixedFromConstraints(constraints, fixed);
        }
        // The versions list, parsed once: membership is then a hash lookup (versions hash consistently with equals).
        var listedText = new java.util.HashSet<>(e.pkg.versions());
        var listed = new java.util.HashSet<Version>();
        for (String v : e.pkg.versions()) ecosystemScheme.tryParse(v).ifPresent(listed::add);
        return new CompiledAffected(ecosystemScheme, fallback, Set.copyOf(listedText), Set.copyOf(listed), ranges, git, unknown, constraints,
                fixed.stream().distinct().toList());
    }

    private static Range range(AffectedRange r, VersionScheme scheme, String fallback, List<String> fixed) {
        var events = new ArrayList<Event>();
        String error = null;
        for (AffectedRange.Event ev : r.events()) {
            if (ev.kind() == Kind.INTRODUCED && ev.version().equals("0")) {
                events.add(new Event(ev.kind(), "0", null));
                continue;
            }
            try {
                events.add(new Event(ev.kind(), ev.version(), scheme.parse(ev.version())));
                if (ev.kind() == Kind.FIXED) fixed.add(ev.version());
            } catch (InvalidVersionException x) {
                if (error == null) error = "event " + ev.kind().osvName() + " '" + ev.version() + "': " + x.getMessage();
            }
        }
        events.sort(Comparator.comparing(Event::version, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Range(r.type(), scheme, fallback, List.copyOf(events), error, vers(scheme, events));
    }

    /** The events as a vers range: introduced X is {@code >=X}, fixed and limit {@code <X}, last_affected {@code <=X}. */
    static String vers(VersionScheme scheme, List<Event> events) {
        var parts = new ArrayList<String>();
        for (Event e : events) {
            if (e.version() == null) continue;
            parts.add(switch (e.kind()) {
                case INTRODUCED -> ">=" + e.text();
                case FIXED, LIMIT -> "<" + e.text();
                case LAST_AFFECTED -> "<=" + e.text();
            });
        }
        return "vers:" + scheme.id() + "/" + (parts.isEmpty() ? "*" : String.join("|", parts));
    }

    private static Constraints constraints(SourceConstraints sc) {
        VersionScheme scheme = VersionSchemes.byId(sc.syntax()).orElse(null);
        if (scheme == null) return new Constraints(sc, null, List.of(), List.of(), List.of(), List.of(), List.of(), "no scheme '" + sc.syntax() + "'");
        try {
            if (sc.syntax().equals("gem")) {
                return new Constraints(sc, scheme, nativeRanges(sc.syntax(), sc.vulnerable()), sc.patched().stream().map(GemRequirement::parse).toList(),
                        sc.unaffected().stream().map(GemRequirement::parse).toList(), List.of(), List.of(), null);
            }
            return new Constraints(sc, scheme, nativeRanges(sc.syntax(), sc.vulnerable()), List.of(), List.of(),
                    nativeRanges(sc.syntax(), sc.patched()), nativeRanges(sc.syntax(), sc.unaffected()), null);
        } catch (RangeSyntaxException | InvalidVersionException x) {
            return new Constraints(sc, scheme, List.of(), List.of(), List.of(), List.of(), List.of(), x.getMessage());
        }
    }

    private static List<NativeRange> nativeRanges(String syntax, List<String> ranges) {
        return ranges.stream().map(r -> NativeRanges.parse(syntax, r)).toList();
    }

    /** Fix candidates from constraints: the lower bounds of patched requirements, the upper bounds of vulnerable ranges. */
    private static void addFixedFromConstraints(Constraints c, List<String> fixed) {
        if (c.error() != null) return;
        for (GemRequirement r : c.gemPatched()) {
            for (GemRequirement.Condition cond : r.conditions()) {
                if (cond.operator().equals(">=") || cond.operator().equals("~>") || cond.operator().equals("=")) fixed.add(cond.version().text().strip());
            }
        }
        for (NativeRange r : c.vulnerable()) {
            for (var all : r.anyOf()) {
                for (var k : all) if (k.operator() == dev.craft.vuln.range.Operator.LT) fixed.add(k.text());
            }
        }
    }
}
