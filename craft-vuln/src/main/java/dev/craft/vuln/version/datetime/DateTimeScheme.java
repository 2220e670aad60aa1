package dev.craft.vuln.version.datetime;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.Version;
import dev.craft.vuln.version.VersionScheme;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The vers {@code datetime} scheme: RFC 3339 timestamps, ordered as instants on the UTC time line. */
public final class DateTimeScheme implements VersionScheme {

    public static final DateTimeScheme INSTANCE = new DateTimeScheme();

    private DateTimeScheme() {}

    @Override
    public String id() {
        return "datetime";
    }

    @Override
    public String implementation() {
        return "craft: RFC 3339 instants";
    }

    @Override
    public DateTimeVersion parse(String text) {
        try {
            return new DateTimeVersion(text, OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidVersionException(id(), text, "expected an RFC 3339 timestamp such as 2024-01-01T00:00:00Z");
        }
    }

    /** A timestamp version. */
    public record DateTimeVersion(String text, Instant instant) implements Version {
        @Override
        public String scheme() {
            return "datetime";
        }

        @Override
        public boolean isPreRelease() {
            return false;
        }

        @Override
        public int compareTo(Version o) {
            return instant.compareTo(Version.sameScheme(this, o, DateTimeVersion.class).instant);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DateTimeVersion v && instant.equals(v.instant);
        }

        @Override
        public int hashCode() {
            return instant.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
