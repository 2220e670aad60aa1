package dev.craft.sbom.info;

import dev.craft.common.Problem;
import dev.craft.sbom.Component;
import dev.craft.sbom.License;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.purl.Purls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code craft sbom info} shows: the shape of an SBOM at a glance.
 *
 * @param format         standard and encoding ({@code CycloneDX JSON})
 * @param specVersion    declared spec version
 * @param subject        the product described ({@code name@version}), null when none
 * @param components     number of components (the product excluded)
 * @param byEcosystem    components per purl type; {@code (no purl)} and {@code (invalid purl)} count the rest
 * @param dependencyEntries number of refs with a dependency entry
 * @param directDependencies number of direct dependencies of the product
 * @param depth          longest shortest-path from the product to any component (0 without a graph)
 * @param licences       components per licence expression or name; {@code (none)} for components without one
 * @param unidentified   components with neither purl, CPE nor SWID ({@code name@version} and location)
 * @param warnings       reader warnings
 * @param schemaErrors   schema violations (count)
 */
public record SbomSummary(String format, String specVersion, String subject, int components, Map<String, Integer> byEcosystem,
        int dependencyEntries, int directDependencies, int depth, Map<String, Integer> licences, List<String> unidentified,
        List<Problem> warnings, int schemaErrors) {

    public static SbomSummary of(SbomReadResult read) {
        Sbom s = read.sbom();
        var eco = new TreeMap<String, Integer>();
        var lic = new TreeMap<String, Integer>();
        var unidentified = new ArrayList<String>();
        for (Component c : s.components()) {
            String type = c.purl().map(p -> Purls.type(p).orElse("(invalid purl)")).orElse("(no purl)");
            eco.merge(type, 1, Integer::sum);
            var names = c.licenses().stream().filter(License::isAssertion)
                    .map(l -> l.expression() != null ? l.expression() : l.name()).distinct().toList();
            if (names.isEmpty()) lic.merge("(none)", 1, Integer::sum);
            for (String n : names) lic.merge(n, 1, Integer::sum);
            if (c.purls().isEmpty() && c.cpes().isEmpty() && c.swidTagId() == null) {
                unidentified.add(label(c) + " (" + c.location() + ")");
            }
        }
        String subject = s.subject() == null ? null : label(s.subject());
        int direct = s.subject() == null ? 0 : s.dependencies().dependenciesOf(s.subject().ref()).size();
        int depth = s.subject() == null ? 0 : s.dependencies().depthFrom(s.subject().ref());
        var md = s.metadata();
        return new SbomSummary(md.format().standard() + " " + md.format().encoding(), md.specVersion(), subject, s.components().size(),
                eco, s.dependencies().edges().size(), direct, depth, lic, unidentified, read.warnings(), read.schemaErrors().size());
    }

    private static String label(Component c) {
        String name = c.group() == null ? c.name() : c.group() + "/" + c.name();
        return c.version() == null ? name : name + "@" + c.version();
    }
}
