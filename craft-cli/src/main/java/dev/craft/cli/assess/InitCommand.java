package dev.craft.cli.assess;

import dev.craft.assess.profile.ProfileReader;
import dev.craft.assess.profile.ProfileWriter;
import dev.craft.assess.profile.Questionnaire;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.KnowledgeBaseLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code craft init}: asks the questions of the profile (on standard input, so it also works from a script or a
 * pipe), or takes every answer from flags, then writes a profile that {@code craft assess} accepts.
 */
@Command(
        name = "init",
        header = "Write a product profile for 'craft assess' (questions on the terminal, or flags).",
        sortOptions = false,
        usageHelpAutoWidth = true,
        mixinStandardHelpOptions = true,
        modelTransformer = InitCommand.QuestionFlags.class,
        description = {
            "Writes a product profile for 'craft assess' by asking the questions one by one (answer with the value, its number",
            "in the list, or leave it empty if you do not know: the assessment then asks where it matters). Every answer can",
            "also be given as a flag; with --non-interactive only the flags are used.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  craft init -o profile.yaml",
            "  craft init --non-interactive --company-name 'ACME GmbH' --company-country DE --product-name 'ACME Cam'"
                    + " --product-kind hardware_device --core-functions home_security_camera -o profile.yaml",
            "  printf 'ACME GmbH\\nDE\\n...' | craft init -o profile.yaml",
            "",
            "The allowed values of each choice are listed when asked, and in docs/profile.md.",
            "Exit codes: 0 profile written, 2 an answer or option is invalid, or the output exists (use --force)."
        })
public final class InitCommand implements Callable<Integer> {

    private static final int ATTEMPTS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the profile to FILE (atomically); default: standard output.")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Option(names = "--non-interactive", description = "Ask nothing; use only the answers given as flags.")
    boolean nonInteractive;

    /** Declares one option per question of the questionnaire, so that the flags cannot drift from the questions. */
    public static final class QuestionFlags implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (Questionnaire.Question q : Questionnaire.QUESTIONS) {
                spec.addOption(OptionSpec.builder(q.flag()).type(String.class).paramLabel(label(q))
                        .description(q.prompt() + " [" + q.path() + "]").build());
            }
            return spec;
        }

        private static String label(Questionnaire.Question q) {
            return switch (q.kind()) {
                case BOOL -> "yes|no";
                case DATE -> "YYYY-MM-DD";
                case COUNTRY, MEMBER_STATE -> "CC";
                case MEMBER_STATES -> "CC,CC";
                case CHOICES -> "TAG,TAG";
                case INTEGER, NUMBER -> "N";
                default -> "TEXT";
            };
        }
    }

    @Override
    public Integer call() throws IOException {
        KnowledgeBase kb = KnowledgeBaseLoader.standard();
        var questionnaire = new Questionnaire(kb);
        Map<String, Object> answers = new LinkedHashMap<>();
        var problems = new ArrayList<Problem>();
        PrintWriter err = spec.commandLine().getErr();
        BufferedReader in = nonInteractive ? null : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean eof = false;

        for (Questionnaire.Question q : Questionnaire.QUESTIONS) {
            String flagValue = spec.findOption(q.flag()).getValue();
            if (flagValue != null) {
                var a = questionnaire.parse(q, flagValue);
                if (a.error() != null) problems.add(new Problem("option " + q.flag(), "", a.error(), expected(questionnaire, q)));
                else answers.put(q.path(), a.value());
                continue;
            }
            if (!q.askIf().test(answers)) continue;
            if (in == null || eof) {
                if (q.required()) problems.add(new Problem("option " + q.flag(), "", "missing answer to: " + q.prompt(), "a value"));
                continue;
            }
            boolean answered = false;
            for (int attempt = 0; attempt < ATTEMPTS && !answered; attempt++) {
                prompt(err, questionnaire, q);
                String line = in.readLine();
                if (line == null) {
                    eof = true;
                    break;
                }
                var a = questionnaire.parse(q, line);
                if (a.error() == null) {
                    answers.put(q.path(), a.value());
                    answered = true;
                } else {
                    err.println("  " + a.error());
                }
            }
            if (!answered && q.required()) problems.add(new Problem("<stdin>", q.path(), "no valid answer to: " + q.prompt(), expected(questionnaire, q)));
        }
        if (!problems.isEmpty()) throw new InputException(problems);

        var tree = ProfileWriter.tree(answers);
        new ProfileReader(kb).fromTree(output == null ? "<profile>" : output.toString(), tree); // the result must be a valid profile
        String yaml = ProfileWriter.yaml(tree);
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(output, yaml, force);
            err.println("craft: wrote " + output + "; next: craft assess " + output);
        }
        return 0;
    }

    private static void prompt(PrintWriter err, Questionnaire questionnaire, Questionnaire.Question q) {
        List<String> choices = questionnaire.choices(q);
        if (!choices.isEmpty()) {
            var sb = new StringBuilder();
            for (int i = 0; i < choices.size(); i++) sb.append(i == 0 ? "" : "  ").append(i + 1).append(") ").append(choices.get(i));
            err.println(q.prompt() + ":");
            err.println("  " + sb);
            err.print(q.kind() == Questionnaire.Kind.CHOICES ? "  (comma-separated, 'none', or empty if unknown)> " : "  (empty if unknown)> ");
        } else {
            err.print(q.prompt() + (q.kind() == Questionnaire.Kind.BOOL ? " [yes/no]" : "") + (q.required() ? "" : " (empty if unknown)") + "> ");
        }
        err.flush();
    }

    private static String expected(Questionnaire questionnaire, Questionnaire.Question q) {
        List<String> choices = questionnaire.choices(q);
        return choices.isEmpty() ? "" : "one of " + String.join(", ", choices);
    }
}
