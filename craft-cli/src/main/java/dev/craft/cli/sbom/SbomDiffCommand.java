package dev.craft.cli.sbom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.sbom.Component;
import dev.craft.sbom.SbomReader;
import dev.craft.sbom.diff.ComponentChange;
import dev.craft.sbom.diff.SbomDiff;
import dev.craft.sbom.diff.SbomDiffer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code craft sbom diff OLD NEW}. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compare two SBOMs: added, removed, upgraded and downgraded components, licence and identity",
            "(purl, CPE, hash, supplier) changes. Components are matched by purl without version, else by",
            "group, name and type; versions are ordered by the ecosystem's rules (versatile), else generically.",
            "The two SBOMs may be in different formats."
        },
        footer = {"", "Examples:", "  craft sbom diff v1.0/bom.json v1.1/bom.json", "  craft sbom diff old.spdx new.cdx.json --format json", "",
            "Exit codes: 0 done (whether or not there are differences), 2 unreadable input."})
public final class SbomDiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier SBOM.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later SBOM.")
    Path after;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        SbomDiff d = SbomDiffer.diff(SbomReader.read(before), SbomReader.read(after));
        var out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(d) : text(d));
        out.flush();
        return 0;
    }

    static String text(SbomDiff d) {
        var sb = new StringBuilder();
        sb.append(d.count(ComponentChange.Kind.ADDED)).append(" added, ").append(d.count(ComponentChange.Kind.REMOVED)).append(" removed, ")
                .append(d.count(ComponentChange.Kind.UPGRADED)).append(" upgraded, ").append(d.count(ComponentChange.Kind.DOWNGRADED))
                .append(" downgraded, ").append(d.count(ComponentChange.Kind.CHANGED)).append(" changed, ").append(d.unchanged()).append(" unchanged\n");
        for (ComponentChange c : d.changes()) {
            switch (c.kind()) {
                case ADDED -> sb.append("+ ").append(label(c.after()));
                case REMOVED -> sb.append("- ").append(label(c.before()));
                case UPGRADED, DOWNGRADED -> sb.append(c.kind() == ComponentChange.Kind.UPGRADED ? "^ " : "v ").append(name(c.after())).append(' ')
                        .append(c.before().version()).append(" -> ").append(c.after().version()).append("  (").append(c.ordering()).append(" ordering)");
                case CHANGED -> sb.append("~ ").append(label(c.after()));
            }
            sb.append('\n');
            for (String detail : c.details()) sb.append("    ").append(detail).append('\n');
        }
        return sb.toString();
    }

    static String json(SbomDiff d) {
        ObjectNode root = CheckJson.MAPPER.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        for (var k : ComponentChange.Kind.values()) summary.put(k.name().toLowerCase(java.util.Locale.ROOT), d.count(k));
        summary.put("unchanged", d.unchanged());
        var changes = root.putArray("changes");
        for (ComponentChange c : d.changes()) {
            ObjectNode n = changes.addObject();
            n.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("key", c.key());
            if (c.before() != null) n.set("before", side(c.before()));
            if (c.after() != null) n.set("after", side(c.after()));
            if (c.ordering() != null) n.put("ordering", c.ordering());
            var details = n.putArray("details");
            c.details().forEach(details::add);
        }
        return CheckJson.write(root);
    }

    private static ObjectNode side(Component c) {
        ObjectNode n = CheckJson.MAPPER.createObjectNode();
        n.put("ref", c.ref());
        n.put("name", name(c));
        if (c.version() != null) n.put("version", c.version());
        c.purl().ifPresent(p -> n.put("purl", p));
        n.put("location", c.location());
        return n;
    }

    private static String name(Component c) {
        return c.group() == null ? c.name() : c.group() + "/" + c.name();
    }

    private static String label(Component c) {
        return c.version() == null ? name(c) : name(c) + "@" + c.version();
    }
}
