package dev.craft.cli.assess;

import dev.craft.assess.render.AssessmentFormat;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Option parsing shared by the assess commands, with errors that name the accepted values. */
final class Options {

    private Options() {}

    static AssessmentFormat format(CommandSpec spec, String value) {
        try {
            return AssessmentFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + value + "' (expected one of "
                    + String.join(", ", Arrays.stream(AssessmentFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()) + ")");
        }
    }
}
