package dev.craft.cli.sbom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import dev.craft.sbom.info.SbomSummary;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code craft sbom info FILE}: the shape of an SBOM. */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Summarise an SBOM: format, components, counts by ecosystem, dependency depth, licences, unidentified components, reader warnings.",
        footer = {"", "Examples:", "  craft sbom info bom.json", "  craft sbom info app.spdx --format json | jq .byEcosystem", "",
            "Exit codes: 0 done, 2 unreadable input."})
public final class SbomInfoCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The SBOM.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        SbomReadResult read = SbomReader.readWithWarnings(file);
        SbomSummary s = SbomSummary.of(read);
        var out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(s) : text(s));
        out.flush();
        return 0;
    }

    static String text(SbomSummary s) {
        var sb = new StringBuilder();
        sb.append("format:        ").append(s.format()).append(' ').append(s.specVersion()).append('\n');
        sb.append("product:       ").append(s.subject() == null ? "(not named)" : s.subject()).append('\n');
        sb.append("components:    ").append(s.components()).append('\n');
        sb.append("by ecosystem:  ").append(join(s.byEcosystem())).append('\n');
        sb.append("dependencies:  ").append(s.dependencyEntries()).append(" entries, ").append(s.directDependencies())
                .append(" direct, depth ").append(s.depth()).append('\n');
        sb.append("licences:      ").append(join(s.licences())).append('\n');
        sb.append("unidentified:  ").append(s.unidentified().size()).append(" (no purl, CPE or SWID)\n");
        for (int i = 0; i < Math.min(10, s.unidentified().size()); i++) sb.append("  - ").append(s.unidentified().get(i)).append('\n');
        if (s.unidentified().size() > 10) sb.append("  ... ").append(s.unidentified().size() - 10).append(" more\n");
        sb.append("schema:        ").append(s.schemaErrors() == 0 ? "no violations" : s.schemaErrors() + " violation(s) (craft sbom check shows them)").append('\n');
        sb.append("warnings:      ").append(s.warnings().size()).append('\n');
        CheckText.problems(sb, "warning", s.warnings());
        return sb.toString();
    }

    private static String join(Map<String, Integer> counts) {
        var sb = new StringBuilder();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(e.getKey()).append(' ').append(e.getValue());
        });
        return sb.isEmpty() ? "(none)" : sb.toString();
    }

    static String json(SbomSummary s) {
        ObjectNode n = CheckJson.MAPPER.createObjectNode();
        n.put("format", s.format());
        n.put("specVersion", s.specVersion());
        if (s.subject() != null) n.put("product", s.subject());
        n.put("components", s.components());
        ObjectNode eco = n.putObject("byEcosystem");
        s.byEcosystem().forEach(eco::put);
        ObjectNode deps = n.putObject("dependencies");
        deps.put("entries", s.dependencyEntries());
        deps.put("direct", s.directDependencies());
        deps.put("depth", s.depth());
        ObjectNode lic = n.putObject("licences");
        s.licences().forEach(lic::put);
        var un = n.putArray("unidentified");
        s.unidentified().forEach(un::add);
        n.put("schemaViolations", s.schemaErrors());
        n.set("warnings", CheckJson.problems(s.warnings()));
        return CheckJson.write(n);
    }
}
