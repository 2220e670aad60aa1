package dev.craft.cli.assess;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.craft.assess.reporting.Art14Deadlines;
import dev.craft.assess.reporting.Art14Facts;
import dev.craft.assess.reporting.Art14Schedule;
import dev.craft.assess.reporting.EnterpriseSize;
import dev.craft.assess.reporting.ReportKind;
import dev.craft.assess.reporting.StageClock;
import dev.craft.assess.reporting.StageState;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code craft deadlines}: the three Art 14 due times of one event, and where each report stands. */
@Command(
        name = "deadlines",
        header = "Compute the three Art 14 reporting clocks of an exploited vulnerability or severe incident.",
        sortOptions = false,
        usageHelpAutoWidth = true,
        mixinStandardHelpOptions = true,
        description = {
            "Computes the Art 14 reporting clocks of an actively exploited vulnerability (Art 14(1), (2)) or a severe incident",
            "(Art 14(3), (4)): the early warning (24 h from awareness), the notification (72 h from awareness) and the final report",
            "(vulnerability: 14 days after a corrective or mitigating measure is available, not due without one; incident: one",
            "month after the 72 h notification was actually submitted), with each report's state. All times are shown in UTC.",
            ""
        },
        footer = {
            "",
            "Times are ISO-8601 with a UTC offset, e.g. 2026-10-01T14:30:00+02:00 or 2026-10-01T12:30Z.",
            "",
            "Examples:",
            "  craft deadlines --awareness 2026-10-01T14:30:00+02:00",
            "  craft deadlines --kind incident --awareness 2026-10-01T08:00Z --notification-submitted 2026-10-03T17:00Z",
            "  craft deadlines --awareness 2026-10-01T08:00Z --fix-available 2026-10-09T12:00Z --size small --format json",
            "",
            "Rules and open points (counting, month ends): docs/assess.md, knowledge base art14-reporting.yaml.",
            "Exit codes: 0 computed, 1 a report is overdue at the as-of time, 2 invalid options."
        })
public final class DeadlinesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = "--awareness", required = true, paramLabel = "TIME",
            description = "When the manufacturer became aware (reasonable certainty after a prompt initial assessment).")
    String awareness;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "vulnerability",
            description = "vulnerability (actively exploited, Art 14(1)) or incident (severe incident, Art 14(3)). Default: ${DEFAULT-VALUE}.")
    String kind;

    @Option(names = "--fix-available", paramLabel = "TIME", description = "Vulnerability: when a corrective or mitigating measure became available.")
    String fixAvailable;

    @Option(names = "--early-warning-submitted", paramLabel = "TIME", description = "When the early warning was submitted.")
    String earlyWarningSubmitted;

    @Option(names = "--notification-submitted", paramLabel = "TIME", description = "When the 72 h notification was submitted (starts an incident's final-report clock).")
    String notificationSubmitted;

    @Option(names = "--final-report-submitted", paramLabel = "TIME", description = "When the final report was submitted.")
    String finalReportSubmitted;

    @Option(names = "--size", paramLabel = "SIZE", description = "Enterprise size (micro, small, medium, large), for the Art 64(10)(a) note.")
    String size;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Compute the states at this time. Default: now.")
    String asOf;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    String format;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        var problems = new ArrayList<Problem>();
        ReportKind reportKind = enumOption(problems, "--kind", kind, ReportKind.class);
        Instant aware = instant(problems, "--awareness", awareness);
        Instant fix = instant(problems, "--fix-available", fixAvailable);
        Instant ew = instant(problems, "--early-warning-submitted", earlyWarningSubmitted);
        Instant notif = instant(problems, "--notification-submitted", notificationSubmitted);
        Instant fin = instant(problems, "--final-report-submitted", finalReportSubmitted);
        Instant now = asOf == null ? clock.instant() : instant(problems, "--as-of", asOf);
        EnterpriseSize enterprise = size == null ? EnterpriseSize.UNKNOWN : enumOption(problems, "--size", size, EnterpriseSize.class);
        if (!format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("json")) {
            problems.add(new Problem("option --format", "", "'" + format + "' is not a format of this command", "text or json"));
        }
        if (reportKind == ReportKind.INCIDENT && fix != null) {
            problems.add(new Problem("option --fix-available", "", "applies to vulnerabilities only: an incident's final report runs from the "
                    + "submission of the 72 h notification (Art 14(4)(c))", "--notification-submitted for incidents"));
        }
        if (aware != null) {
            for (var t : List.of(new Object[] {"--fix-available", fix}, new Object[] {"--early-warning-submitted", ew},
                    new Object[] {"--notification-submitted", notif}, new Object[] {"--final-report-submitted", fin})) {
                if (t[1] != null && ((Instant) t[1]).isBefore(aware) && !"--fix-available".equals(t[0])) {
                    problems.add(new Problem("option " + t[0], "", "is before --awareness " + aware, "a time at or after awareness"));
                }
            }
        }
        if (!problems.isEmpty()) throw new InputException(problems);

        var facts = new Art14Facts(reportKind, aware, fix, ew, notif, fin, enterprise);
        Art14Schedule schedule = Art14Deadlines.standard().compute(facts, now);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equalsIgnoreCase("json") ? JSON.writeValueAsString(schedule) + "\n" : text(schedule));
        out.flush();
        return schedule.stages().stream().anyMatch(c -> c.state() == StageState.OVERDUE) ? 1 : 0;
    }

    static String text(Art14Schedule s) {
        var sb = new StringBuilder();
        sb.append("Art 14 reporting clocks: ").append(s.title()).append(" (").append(s.triggerCite()).append(")\n");
        sb.append("Awareness: ").append(s.awareness()).append('\n');
        sb.append("As of:     ").append(s.asOf()).append("\n\n");
        for (StageClock c : s.stages()) {
            String name = capital(c.stage().label()) + " (" + c.cite() + ")";
            sb.append(String.format(Locale.ROOT, "%-32s %-22s %-15s %s%n", name,
                    c.due() == null ? "no due time yet" : "due " + c.due(), c.state(), detail(c)));
            for (String n : c.notes()) sb.append("    ").append(n).append('\n');
        }
        if (!s.notes().isEmpty()) {
            sb.append("\nNotes:\n");
            for (String n : s.notes()) sb.append("  - ").append(n).append('\n');
        }
        sb.append("\nKnowledge base ").append(s.kbVersion()).append(". Not legal advice.\n");
        return sb.toString();
    }

    private static String detail(StageClock c) {
        return switch (c.state()) {
            case OPEN -> human(c.remaining()) + " left";
            case OVERDUE -> "overdue by " + human(c.remaining().negated());
            case SUBMITTED, SUBMITTED_LATE -> "submitted " + c.submitted();
            case NOT_YET_DUE -> "clock starts at: " + c.clockStarts().replace('_', ' ');
            case NOT_REPORTABLE -> "";
        };
    }

    static String human(Duration d) {
        long minutes = d.toMinutes();
        long days = minutes / (24 * 60);
        long hours = (minutes % (24 * 60)) / 60;
        long mins = minutes % 60;
        var parts = new ArrayList<String>();
        if (days > 0) parts.add(days + " d");
        if (hours > 0) parts.add(hours + " h");
        if (mins > 0 || parts.isEmpty()) parts.add(mins + " min");
        return String.join(" ", parts);
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** ISO-8601 with an explicit offset, converted to UTC. A time without an offset is refused: it is not an instant. */
    static Instant instant(List<Problem> problems, String option, String value) {
        if (value == null) return null;
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            String hint = value.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+") ? "; add a UTC offset (Z or +02:00)" : "";
            problems.add(new Problem("option " + option, "", "'" + value + "' is not an ISO-8601 date-time with offset" + hint,
                    "e.g. 2026-10-01T14:30:00+02:00 or 2026-10-01T12:30Z"));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOption(List<Problem> problems, String option, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var names = new ArrayList<String>();
            for (E c : type.getEnumConstants()) if (!c.name().equals("UNKNOWN")) names.add(c.name().toLowerCase(Locale.ROOT));
            problems.add(new Problem("option " + option, "", "'" + value + "' is not allowed", "one of " + String.join(", ", names)));
            return null;
        }
    }
}
