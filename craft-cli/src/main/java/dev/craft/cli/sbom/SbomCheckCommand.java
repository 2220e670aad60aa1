package dev.craft.cli.sbom;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import dev.craft.sbom.quality.Profile;
import dev.craft.sbom.quality.ProfileResult;
import dev.craft.sbom.quality.Profiles;
import dev.craft.sbom.quality.QualityChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code craft sbom check FILE}: quality gates. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check an SBOM against quality profiles: schema validity of the declared spec version first, then",
            "every rule of each profile, per component, with the JSON path or line of each finding, a score per",
            "profile and how to fix it. Profiles: cra (the Regulation itself: Annex I Part II (1), Annex VII (2)(b)),",
            "bsi-tr-03183-2 (v2.1.0), ntia-2021, cisa-2026."
        },
        footer = {
            "",
            "Examples:",
            "  craft sbom check bom.json                                   CRA profile, text report",
            "  craft sbom check bom.json --profile bsi-tr-03183-2 --format sarif > craft.sarif",
            "  craft sbom check bom.xml --profile all --format junit > sbom-quality.xml",
            "",
            "Exit codes: 0 every MUST rule passed, 1 a MUST rule failed, 2 unreadable input or bad usage."
        })
public final class SbomCheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The SBOM to check.")
    Path file;

    @Option(names = "--profile", split = ",", paramLabel = "PROFILE", defaultValue = "cra",
            description = "Profiles to apply, comma-separated: cra, bsi-tr-03183-2, ntia-2021, cisa-2026, or all (default: ${DEFAULT-VALUE}).")
    List<String> profiles;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text, json, sarif (SARIF 2.1.0 for code scanning) or junit (JUnit XML for CI) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        List<Profile> selected = select(profiles, file.toString());
        SbomReadResult read = SbomReader.readWithWarnings(file);
        List<ProfileResult> results = QualityChecker.check(read, selected);
        var out = spec.commandLine().getOut();
        switch (format) {
            case text -> out.print(CheckText.render(file.toString(), read, results));
            case json -> out.print(CheckJson.render(file.toString(), read, results));
            case sarif -> out.print(CheckSarif.render(file.toString(), read, results));
            case junit -> out.print(CheckJunit.render(file.toString(), read, results));
        }
        out.flush();
        return results.stream().anyMatch(ProfileResult::mustFailed) ? 1 : 0;
    }

    static List<Profile> select(List<String> ids, String source) {
        var out = new ArrayList<Profile>();
        for (String id : ids) {
            if (id.equals("all")) return Profiles.all();
            out.add(Profiles.byId(id.strip()).orElseThrow(() -> new InputException(new Problem("--profile", "", "unknown profile '" + id + "'",
                    String.join(", ", Profiles.IDS) + " or all"))));
        }
        return out;
    }
}
