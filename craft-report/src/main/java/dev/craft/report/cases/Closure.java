package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Why and by whom a case was dismissed or closed. */
public record Closure(Instant at, String by, String reason) {
    public Closure {
        requireNonNull(at, "at must not be null");
        requireNonNull(by, "by must not be null");
        requireNonNull(reason, "reason must not be null");
    }
}
