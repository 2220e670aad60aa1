package dev.craft.cli.assess;

import dev.craft.assess.Assessment;
import dev.craft.assess.Assessor;
import dev.craft.assess.profile.ProfileReader;
import dev.craft.assess.render.AssessmentFormat;
import dev.craft.kb.KnowledgeBase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code craft assess}: a product profile in, a cited CRA assessment out. */
@Command(
        name = "assess",
        header = "Assess a product profile: scope, role, class, routes, obligations and dates, with articles.",
        sortOptions = false,
        usageHelpAutoWidth = true,
        mixinStandardHelpOptions = true,
        description = {
            "Assesses a product profile against the CRA knowledge base: does the Regulation apply (Art 2), in which role",
            "(Art 3, 21, 22), which class (Annex III/IV), which conformity routes (Art 32), which obligations by which date",
            "(Art 13 to 24, 69, 71), penalty tiers (Art 64), where Art 14 reports go, and which questions are still open.",
            "Every conclusion names its rule, the profile facts it used and its article.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft assess examples/profiles/smart-home-camera.yaml",
            "  craft assess profile.yaml --as-of 2027-12-11 --format markdown -o assessment.md",
            "  craft assess profile.json --format json | jq '.open_questions'",
            "",
            "The verdicts come first; 'undecided' always comes with the question and the profile field that decides it.",
            "Profile format: docs/profile.md. How to read the memo: docs/assess.md.",
            "Exit codes: 0 assessed (whatever the verdict), 2 the profile or options are invalid (each problem with its JSON path)."
        })
public final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The product profile, YAML or JSON (craft init writes one).")
    Path profile;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a memo), markdown, html (self-contained page) or json (every trace; docs/schemas/assessment-v1.schema.json). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Assess as of this date (YYYY-MM-DD): which obligations are in force then. Default: today (UTC).")
    LocalDate asOf;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    boolean force;

    @Option(names = "--kb", paramLabel = "DIR", hidden = false,
            description = "Use the knowledge base in DIR (manifest.yaml and its files) instead of the shipped one, e.g. to review a change in the law.")
    Path kbDir;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        AssessmentFormat fmt = Options.format(spec, format);
        KnowledgeBase kb = KnowledgeBases.load(kbDir);
        ProfileReader.Loaded loaded = new ProfileReader(kb).read(profile);
        Assessment a = asOf == null ? new Assessor(kb).assess(loaded, clock) : new Assessor(kb).assess(loaded, asOf);
        String text = fmt.render(a);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(output, text, force);
        }
        return 0;
    }
}
