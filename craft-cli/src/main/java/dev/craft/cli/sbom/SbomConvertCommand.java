package dev.craft.cli.sbom;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import dev.craft.sbom.convert.SbomConverter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code craft sbom convert FILE --to TARGET}. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert an SBOM to CycloneDX 1.6 or 1.7 JSON, or SPDX 2.3 JSON. Every field the target cannot carry",
            "is reported on stderr (grouped, with a count and the first location); nothing is dropped silently."
        },
        footer = {"", "Examples:", "  craft sbom convert app.spdx --to cyclonedx-1.6 -o app.cdx.json",
            "  craft sbom convert bom.xml --to spdx-2.3 > bom.spdx.json", "",
            "Exit codes: 0 done (warnings are not errors), 2 unreadable input or bad usage."})
public final class SbomConvertCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The SBOM to convert.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "TARGET", description = "cyclonedx-1.6, cyclonedx-1.7 or spdx-2.3.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here (atomically) instead of stdout.")
    Path output;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        SbomConverter.Target target;
        try {
            target = SbomConverter.Target.parse(to);
        } catch (IllegalArgumentException e) {
            throw new InputException(new Problem("--to", "", e.getMessage(), "cyclonedx-1.6, cyclonedx-1.7 or spdx-2.3"));
        }
        SbomReadResult read = SbomReader.readWithWarnings(file);
        var conversion = SbomConverter.convert(read, target, clock);
        var err = spec.commandLine().getErr();
        for (String w : conversion.warnings()) err.println("craft: " + file + ": warning: not carried to " + target.label() + ": " + w);
        err.flush();
        if (output == null) {
            var out = spec.commandLine().getOut();
            out.print(new String(conversion.document(), StandardCharsets.UTF_8));
            out.flush();
        } else {
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".craft-convert", ".tmp");
            Files.write(tmp, conversion.document());
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return 0;
    }
}
