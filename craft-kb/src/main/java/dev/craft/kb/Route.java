package dev.craft.kb;

import dev.craft.kb.rules.Condition;
import java.util.List;

/** A conformity assessment route (Art 32; Annex VIII). */
public record Route(String id, String name, List<Citation> cite, boolean notifiedBody) {
    public Route {
        cite = List.copyOf(cite);
    }

    /**
     * Whether products of one class may use one route (routes.yaml rules).
     *
     * @param availableWhen null when the route always exists; otherwise a status test
     */
    public record Rule(String id, ProductClass productClass, String route, List<Citation> cite, Condition availableWhen,
            String ifUnavailable, Condition allowedWhen, String ifAllowed, String ifNotAllowed) {
        public Rule {
            cite = List.copyOf(cite);
        }
    }
}
