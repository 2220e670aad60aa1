package dev.craft.cli.sbom;

import picocli.CommandLine.Command;

/** {@code craft sbom}: read, check, summarise, compare and convert SBOMs. */
@Command(
        name = "sbom",
        header = "Check, describe, diff and convert SBOMs (CycloneDX, SPDX) against CRA and BSI profiles.",
        mixinStandardHelpOptions = true,
        description = {
            "Read SBOMs in any common format (CycloneDX JSON 1.2-1.7 and XML 1.0-1.7, SPDX 2.2/2.3 JSON and",
            "tag-value, SPDX 3.0.1 JSON-LD), check them against the CRA and BSI TR-03183-2, compare and convert them.",
            "The format is detected from the content, not the file name."
        },
        footer = {
            "",
            "Examples:",
            "  craft sbom check bom.json --profile cra,bsi-tr-03183-2",
            "  craft sbom info bom.cdx.xml",
            "  craft sbom diff release-1.0.json release-1.1.json",
            "  craft sbom convert app.spdx --to cyclonedx-1.6 > app.cdx.json",
            "",
            "Exit codes: 0 done, 1 a MUST rule failed (check), 2 bad usage or unreadable input."
        },
        subcommands = {SbomCheckCommand.class, SbomInfoCommand.class, SbomDiffCommand.class, SbomConvertCommand.class})
public final class SbomCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
