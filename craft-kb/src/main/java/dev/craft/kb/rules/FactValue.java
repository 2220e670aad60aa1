package dev.craft.kb.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** The value of one fact for one assessment; {@link Unknown} when the profile does not say. */
public sealed interface FactValue {

    FactValue UNKNOWN = new Unknown();

    /** How the value reads in a trace ("unknown", "true", "hardware_device", "[router, vpn]"). */
    String display();

    default boolean known() {
        return !(this instanceof Unknown);
    }

    static FactValue ofNullable(Boolean b) {
        return b == null ? UNKNOWN : new Bool(b);
    }

    static FactValue ofText(String s) {
        return s == null ? UNKNOWN : new Text(s);
    }

    static FactValue ofSet(Set<String> s) {
        return s == null ? UNKNOWN : new TextSet(s);
    }

    static FactValue ofDate(LocalDate d) {
        return d == null ? UNKNOWN : new Date(d);
    }

    static FactValue ofInteger(Long n) {
        return n == null ? UNKNOWN : new Int(n);
    }

    record Unknown() implements FactValue {
        @Override
        public String display() {
            return "unknown";
        }
    }

    record Bool(boolean value) implements FactValue {
        @Override
        public String display() {
            return Boolean.toString(value);
        }
    }

    /** An enumeration value or a country code. */
    record Text(String value) implements FactValue {
        public Text {
            requireNonNull(value, "value must not be null");
        }

        @Override
        public String display() {
            return value;
        }
    }

    record TextSet(Set<String> values) implements FactValue {
        public TextSet {
            values = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
        }

        @Override
        public String display() {
            return "[" + String.join(", ", new TreeSet<>(values)) + "]";
        }
    }

    record Date(LocalDate value) implements FactValue {
        public Date {
            requireNonNull(value, "value must not be null");
        }

        @Override
        public String display() {
            return value.toString();
        }
    }

    record Int(long value) implements FactValue {
        @Override
        public String display() {
            return Long.toString(value);
        }
    }
}
