package dev.craft.assess;

import dev.craft.assess.Assessment.CsirtRoute;
import dev.craft.assess.Assessment.RoleResult;
import dev.craft.assess.Assessment.RoleStatus;
import dev.craft.assess.profile.Profile;
import dev.craft.kb.Reporting;
import dev.craft.kb.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art 14(7): which Member State's coordinating CSIRT receives the manufacturer's notifications. The steps and
 * their order come from reporting.yaml; each step's method is computed here from the profile.
 */
final class ReportingStage {

    private ReportingStage() {}

    static Assessment.ReportingResult run(Session s, List<RoleResult> roles) {
        Reporting rep = s.kb.reporting();
        boolean reports = roles.stream().anyMatch(r -> r.status() == RoleStatus.HOLDS
                && (r.role() == Role.MANUFACTURER || r.role() == Role.OPEN_SOURCE_STEWARD));
        if (!reports) {
            boolean others = roles.stream().anyMatch(r -> rep.notReportingRoles().contains(r.role()));
            return new Assessment.ReportingResult(false, rep.recipients().text(), Session.cites(rep.recipients().cite()), null,
                    others ? rep.notReporting().text() + " (" + String.join(", ", Session.cites(rep.notReporting().cite())) + ")" : null);
        }
        CsirtRoute route = route(s, rep);
        return new Assessment.ReportingResult(true, rep.recipients().text(), Session.cites(rep.recipients().cite()), route, null);
    }

    private static CsirtRoute route(Session s, Reporting rep) {
        Profile p = s.profile;
        for (Reporting.CsirtStep step : rep.csirtRouting()) {
            Step result = switch (step.method()) {
                case CYBERSECURITY_DECISIONS -> decisions(s, p);
                case MOST_EMPLOYEES -> mostEmployees(s, p);
                case AUTHORISED_REPRESENTATIVE_MOST_PRODUCTS -> mostProducts(s, p.supplyChain().authorisedRepresentatives(), "authorised_representatives");
                case IMPORTER_MOST_PRODUCTS -> mostProducts(s, p.supplyChain().importers(), "importers");
                case DISTRIBUTOR_MOST_PRODUCTS -> mostProducts(s, p.supplyChain().distributors(), "distributors");
                case MOST_USERS -> mostUsers(s, p);
            };
            var trace = new Assessment.Trace(step.id(), Session.cites(step.cite()),
                    List.of(new Assessment.FactUse(result.path.replace("$.", ""), result.path, result.value)), List.of());
            switch (result.state) {
                case FOUND -> {
                    return new CsirtRoute(result.memberState, step.id(), step.text() + " " + result.explanation, trace);
                }
                case AMBIGUOUS -> {
                    s.ask(result.path.replace("$.", ""), result.explanation, result.path, "Art 14(7) CSIRT routing (" + String.join(", ", Session.cites(step.cite())) + ")", false);
                    return new CsirtRoute(null, step.id(), step.text() + " " + result.explanation, trace);
                }
                case NOT_APPLICABLE -> { }
            }
        }
        s.ask("market.users_by_member_state", "In which Member States does the product have how many users (no main establishment, authorised "
                + "representative, importer or distributor in the Union is known)?", "$.market.users_by_member_state", "Art 14(7)(d) CSIRT routing", false);
        return new CsirtRoute(null, null, "Undecided: no step of Art 14(7) can be applied with the facts given.", new Assessment.Trace("csirt.undecided",
                List.of("Art 14(7)"), List.of(), List.of()));
    }

    private enum State { FOUND, AMBIGUOUS, NOT_APPLICABLE }

    private record Step(State state, String memberState, String path, String value, String explanation) {
        static Step none(String path, String value) {
            return new Step(State.NOT_APPLICABLE, null, path, value, "");
        }
    }

    private static Step decisions(Session s, Profile p) {
        String ms = p.company().cybersecurityDecisionsIn();
        if (ms == null) return Step.none("$.company.cybersecurity_decisions_in", "unknown");
        return new Step(State.FOUND, ms, "$.company.cybersecurity_decisions_in", ms, "Decisions are predominantly taken in " + ms + ".");
    }

    private static Step mostEmployees(Session s, Profile p) {
        var counts = new LinkedHashMap<String, Long>();
        boolean missingCount = false;
        for (Profile.Establishment e : p.company().establishments()) {
            if (e.country() == null || !s.kb.isMemberState(e.country())) continue;
            if (e.employees() == null) missingCount = true;
            else counts.merge(e.country(), e.employees(), Long::sum);
        }
        String path = "$.company.establishments";
        if (counts.isEmpty() && !missingCount) {
            String home = p.company().country();
            if (home != null && s.kb.isMemberState(home) && p.company().establishments().isEmpty()) {
                return new Step(State.FOUND, home, "$.company.country", home, "The registered office in " + home
                        + " is the only Union establishment the profile gives.");
            }
            return Step.none(path, "no Union establishment");
        }
        if (missingCount) {
            return new Step(State.AMBIGUOUS, null, path, "employee counts missing",
                    "How many employees does each Union establishment have (company.establishments[].employees)?");
        }
        return max(counts, path, "establishment employees");
    }

    private static Step mostProducts(Session s, List<Profile.Operator> operators, String field) {
        String path = "$.supply_chain." + field;
        var counts = new LinkedHashMap<String, Long>();
        int inUnion = 0;
        String only = null;
        boolean missing = false;
        for (Profile.Operator o : operators) {
            if (o.country() == null || !s.kb.isMemberState(o.country())) continue;
            inUnion++;
            only = o.country();
            if (o.products() == null) missing = true;
            else counts.merge(o.country(), o.products(), Long::sum);
        }
        if (inUnion == 0) return Step.none(path, "none in the Union");
        if (inUnion == 1) return new Step(State.FOUND, only, path, only, "The only one in the Union is established in " + only + ".");
        if (missing) {
            return new Step(State.AMBIGUOUS, null, path, "product counts missing",
                    "For how many of the manufacturer's products does each of them act (supply_chain." + field + "[].products)?");
        }
        return max(counts, path, "products");
    }

    private static Step mostUsers(Session s, Profile p) {
        var users = p.market().usersByMemberState();
        if (users.isEmpty()) return Step.none("$.market.users_by_member_state", "unknown");
        return max(new LinkedHashMap<>(users), "$.market.users_by_member_state", "users");
    }

    private static Step max(Map<String, Long> counts, String path, String what) {
        long best = -1;
        String winner = null;
        boolean tie = false;
        for (var e : counts.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                winner = e.getKey();
                tie = false;
            } else if (e.getValue() == best) {
                tie = true;
            }
        }
        if (tie) {
            return new Step(State.AMBIGUOUS, null, path, counts.toString(), "Two Member States have the same number of " + what + " " + counts
                    + "; which one has more, or where are decisions predominantly taken (company.cybersecurity_decisions_in)?");
        }
        return new Step(State.FOUND, winner, path, counts.toString(), "Most " + what + ": " + winner + " " + counts + ".");
    }
}
