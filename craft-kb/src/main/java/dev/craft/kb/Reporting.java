package dev.craft.kb;

import java.util.List;
import java.util.Set;

/** Where Art 14 notifications go (reporting.yaml); the clocks are in art14-reporting.yaml. */
public record Reporting(Statement recipients, Statement notReporting, Set<Role> notReportingRoles, List<CsirtStep> csirtRouting) {
    public Reporting {
        notReportingRoles = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(notReportingRoles));
        csirtRouting = List.copyOf(csirtRouting);
    }

    public record Statement(List<Citation> cite, String text) {
        public Statement {
            cite = List.copyOf(cite);
        }
    }

    /** The closed list of Art 14(7) routing methods the engine implements. */
    public enum Method {
        CYBERSECURITY_DECISIONS, MOST_EMPLOYEES, AUTHORISED_REPRESENTATIVE_MOST_PRODUCTS, IMPORTER_MOST_PRODUCTS,
        DISTRIBUTOR_MOST_PRODUCTS, MOST_USERS;

        public static Method fromKb(String s) {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public record CsirtStep(String id, Method method, List<Citation> cite, String text) {
        public CsirtStep {
            cite = List.copyOf(cite);
        }
    }
}
