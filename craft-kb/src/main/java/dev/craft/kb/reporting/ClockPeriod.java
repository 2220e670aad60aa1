package dev.craft.kb.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A reporting period: either exact elapsed time ({@code PT24H}) or a calendar period counted in UTC
 * ({@code P14D}, {@code P1M}). Months end on the same day of the month, or on the month's last day when
 * that day does not exist (31 January + 1 month = 28/29 February): the earlier reading, see
 * {@link #endsEarlyAtMonthEnd(Instant)}.
 */
public sealed interface ClockPeriod {

    /** The instant the period ends, counted from {@code start}. */
    Instant addTo(Instant start);

    /** The ISO-8601 text of the period, as written in the knowledge base. */
    String iso();

    /** True when counting from {@code start} hit a shorter month and was moved back to its last day. */
    default boolean endsEarlyAtMonthEnd(Instant start) {
        return false;
    }

    static ClockPeriod parse(String iso) {
        try {
            if (iso.startsWith("PT")) return new Exact(Duration.parse(iso));
            return new Calendar(Period.parse(iso));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 period: " + iso, e);
        }
    }

    record Exact(Duration duration) implements ClockPeriod {
        @Override
        public Instant addTo(Instant start) {
            return start.plus(duration);
        }

        @Override
        public String iso() {
            return duration.toString();
        }
    }

    record Calendar(Period period) implements ClockPeriod {
        @Override
        public Instant addTo(Instant start) {
            return start.atOffset(ZoneOffset.UTC).plus(period).toInstant();
        }

        @Override
        public String iso() {
            return period.toString();
        }

        @Override
        public boolean endsEarlyAtMonthEnd(Instant start) {
            if (period.toTotalMonths() == 0) return false;
            var from = start.atOffset(ZoneOffset.UTC);
            var to = from.plus(period);
            return to.getDayOfMonth() != from.getDayOfMonth();
        }
    }
}
