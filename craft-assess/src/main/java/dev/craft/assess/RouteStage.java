package dev.craft.assess;

import dev.craft.assess.Assessment.RouteResult;
import dev.craft.assess.Assessment.RouteStatus;
import dev.craft.kb.ProductClass;
import dev.craft.kb.Route;
import dev.craft.kb.rules.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Conformity assessment routes (Art 32) for the decided class. An undecided class gives no routes: the
 * routes follow from the class, and its question is already open.
 */
final class RouteStage {

    private RouteStage() {}

    static List<RouteResult> run(Session s, ProductClass cls) {
        var out = new ArrayList<RouteResult>();
        if (cls == ProductClass.UNDECIDED) return out;
        for (Route.Rule rule : s.kb.routeRules()) {
            if (rule.productClass() != cls) continue;
            Route route = s.kb.route(rule.route());
            if (rule.availableWhen() != null) {
                Outcome available = s.eval(rule.availableWhen());
                if (available.isUnknown()) {
                    out.add(new RouteResult(route.id(), route.name(), route.notifiedBody(), RouteStatus.CONDITIONAL,
                            "Only if the route exists by then (status not confirmed): " + rule.ifUnavailable(), s.trace(rule.id(), rule.cite(), available)));
                    continue;
                }
                if (available.isFalse()) {
                    out.add(new RouteResult(route.id(), route.name(), route.notifiedBody(), RouteStatus.NOT_AVAILABLE, rule.ifUnavailable(),
                            s.trace(rule.id(), rule.cite(), available)));
                    continue;
                }
            }
            Outcome o = s.eval(rule.allowedWhen());
            var trace = s.trace(rule.id(), rule.cite(), o);
            out.add(switch (o.truth()) {
                case TRUE -> new RouteResult(route.id(), route.name(), route.notifiedBody(), RouteStatus.ALLOWED, rule.ifAllowed(), trace);
                case FALSE -> new RouteResult(route.id(), route.name(), route.notifiedBody(), RouteStatus.NOT_ALLOWED, rule.ifNotAllowed(), trace);
                case UNKNOWN -> {
                    s.ask(o, "conformity route: " + route.name() + " (" + String.join(", ", Session.cites(rule.cite())) + ")", false);
                    yield new RouteResult(route.id(), route.name(), route.notifiedBody(), RouteStatus.CONDITIONAL,
                            "Allowed only if: " + (rule.ifAllowed() == null ? "its condition holds" : rule.ifAllowed()), trace);
                }
            });
        }
        return out;
    }
}
