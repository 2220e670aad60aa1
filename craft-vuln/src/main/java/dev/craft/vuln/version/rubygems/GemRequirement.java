package dev.craft.vuln.version.rubygems;

import dev.craft.vuln.version.InvalidVersionException;
import dev.craft.vuln.version.rubygems.RubyGemsScheme.GemVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RubyGems requirement ({@code Gem::Requirement}): one or more comma-separated conditions that must all hold,
 * e.g. {@code "~> 4.2.5, >= 4.2.5.1"}. The pessimistic operator {@code ~> X.Y.Z} means
 * {@code v >= X.Y.Z && v.release < X.(Y+1)}, which also excludes pre-releases of the bump version.
 *
 * @param conditions the conditions, all of which must hold
 */
public record GemRequirement(List<Condition> conditions) {

    private static final Pattern CONDITION = Pattern.compile(
            "\\s*(=|!=|>=|<=|>|<|~>)?\\s*([0-9]+(?:\\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?)\\s*");

    public GemRequirement {
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) throw new IllegalArgumentException("a requirement needs at least one condition");
    }

    /** One {@code operator version} pair. */
    public record Condition(String operator, GemVersion version) {

        boolean isSatisfiedBy(GemVersion v) {
            int c = v.compareTo(version);
            return switch (operator) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case ">" -> c > 0;
                case "<" -> c < 0;
                case ">=" -> c >= 0;
                case "<=" -> c <= 0;
                case "~>" -> c >= 0 && v.release().compareTo(version.bump()) < 0;
                default -> throw new IllegalStateException("operator " + operator);
            };
        }
    }

    /**
     * Reads a requirement string; commas separate conditions.
     *
     * @throws InvalidVersionException when a condition is not {@code [op] version}
     */
    public static GemRequirement parse(String requirement) {
        var conditions = new ArrayList<Condition>();
        for (String part : requirement.split(",")) {
            Matcher m = CONDITION.matcher(part);
            if (!m.matches()) {
                throw new InvalidVersionException("gem", part.strip(),
                        "not a RubyGems requirement (expected [=|!=|>|<|>=|<=|~>] version)");
            }
            String op = m.group(1) == null ? "=" : m.group(1);
            conditions.add(new Condition(op, RubyGemsScheme.INSTANCE.parse(m.group(2))));
        }
        return new GemRequirement(conditions);
    }

    public boolean isSatisfiedBy(GemVersion v) {
        for (Condition c : conditions) if (!c.isSatisfiedBy(v)) return false;
        return true;
    }

    /**
     * The conditions as vers comparators ({@code ~> 2.0.8} becomes {@code >=2.0.8} and {@code <2.1}); the pessimistic
     * operator's exclusion of the bump version's pre-releases cannot be written in vers and is lost.
     */
    public List<String[]> versConstraints() {
        var out = new ArrayList<String[]>();
        for (Condition c : conditions) {
            if (c.operator().equals("~>")) {
                out.add(new String[] {">=", c.version().text().strip()});
                out.add(new String[] {"<", c.version().bump().text()});
            } else {
                out.add(new String[] {c.operator(), c.version().text().strip()});
            }
        }
        return out;
    }

    @Override
    public String toString() {
        var sb = new StringBuilder();
        for (Condition c : conditions) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(c.operator()).append(' ').append(c.version().text().strip());
        }
        return sb.toString();
    }
}
